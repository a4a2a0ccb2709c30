import { type SQL, sql } from "drizzle-orm";
import { executeRows } from "../backup/execute-rows.ts";
import type { Database } from "../database.ts";
import {
  assessments,
  checkIns,
  cycles,
  evidence,
  feedbackRequests,
  frameworkVersions,
  goals,
  growthPlans,
  organisations,
  people,
  promotionCases,
  users,
} from "../schema.ts";

/** What an audit entry's target is, in words: whose it is and, where it helps, what it is. */
export interface AuditTargetName {
  /** The person the target is or belongs to, or the organisation's name. */
  owner: string | null;
  /** A detail such as an assessment's rater kind or a framework's version. */
  label: string | null;
}

/** Names for a page of audit entries, keyed by user id and by `type:id`. */
export interface AuditNames {
  actors: Map<string, string>;
  targets: Map<string, AuditTargetName>;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ids = (values: string[]) => sql`${sql.param(values)}::uuid[]`;

/** One select per target type, each naming the rows of that type among the ids given. */
function targetSelects(orgId: string, byType: Map<string, string[]>): SQL[] {
  const of = (type: string) => ids(byType.get(type) ?? []);
  return [
    sql`select 'person' as type, p.id::text as id, p.name as owner, null as label
      from ${people} p where p.org_id = ${orgId} and p.id = any(${of("person")})`,
    sql`select 'organisation', o.id::text, o.name, null
      from ${organisations} o where o.id = ${orgId} and o.id = any(${of("organisation")})`,
    sql`select 'growth-plan', g.id::text, p.name, null
      from ${growthPlans} g join ${people} p on p.id = g.person_id
      where g.org_id = ${orgId} and g.id = any(${of("growth-plan")})`,
    sql`select 'goal', x.id::text, p.name, null from ${goals} x
      join ${growthPlans} g on g.id = x.plan_id join ${people} p on p.id = g.person_id
      where g.org_id = ${orgId} and x.id = any(${of("goal")})`,
    sql`select 'check-in', x.id::text, p.name, null from ${checkIns} x
      join ${growthPlans} g on g.id = x.plan_id join ${people} p on p.id = g.person_id
      where g.org_id = ${orgId} and x.id = any(${of("check-in")})`,
    sql`select 'feedback-request', f.id::text, p.name, null
      from ${feedbackRequests} f join ${people} p on p.id = f.person_id
      where f.org_id = ${orgId} and f.id = any(${of("feedback-request")})`,
    sql`select 'assessment', a.id::text, p.name, a.rater_kind
      from ${assessments} a join ${people} p on p.id = a.person_id
      where a.org_id = ${orgId} and a.id = any(${of("assessment")})`,
    sql`select 'evidence', e.id::text, p.name, null
      from ${evidence} e join ${people} p on p.id = e.person_id
      where e.org_id = ${orgId} and e.id = any(${of("evidence")})`,
    sql`select 'cycle', c.id::text, null, c.name
      from ${cycles} c where c.org_id = ${orgId} and c.id = any(${of("cycle")})`,
    sql`select 'promotion-case', x.id::text, p.name, null
      from ${promotionCases} x join ${people} p on p.id = x.person_id
      where x.org_id = ${orgId} and x.id = any(${of("promotion-case")})`,
    sql`select 'framework-version', v.id::text, null, v.version
      from ${frameworkVersions} v where v.org_id = ${orgId} and v.id = any(${of("framework-version")})`,
  ];
}

/**
 * Names the actors and targets of a page of audit entries in one round trip: accounts by their
 * person's name (or email), targets by whose they are. Ids travel as array parameters; a target
 * that no longer exists is simply absent.
 *
 * @example
 * const names = await auditNames(db, orgId, entries);
 * names.targets.get(`person:${entry.targetId}`)?.owner; // "Ava Stone"
 */
export async function auditNames(
  db: Database,
  orgId: string,
  entries: readonly { actorUserId: string | null; targetType: string; targetId: string | null }[],
): Promise<AuditNames> {
  const byType = new Map<string, string[]>();
  for (const entry of entries) {
    if (entry.targetId === null || !uuidPattern.test(entry.targetId)) continue;
    byType.set(entry.targetType, [...(byType.get(entry.targetType) ?? []), entry.targetId]);
  }
  const actorIds = [...new Set(entries.flatMap((entry) => entry.actorUserId ?? []))];
  const actorSelect = sql`select 'user' as type, u.id::text as id,
      coalesce(p.name, u.email) as owner, null as label
    from ${users} u left join ${people} p on p.id = u.person_id
    where u.org_id = ${orgId} and u.id = any(${ids(actorIds)})`;
  const rows = await executeRows<{
    type: string;
    id: string;
    owner: string | null;
    label: string | null;
  }>(db, sql.join([actorSelect, ...targetSelects(orgId, byType)], sql` union all `));
  const names: AuditNames = { actors: new Map(), targets: new Map() };
  for (const row of rows) {
    if (row.type === "user") names.actors.set(row.id, row.owner ?? "someone");
    else names.targets.set(`${row.type}:${row.id}`, { owner: row.owner, label: row.label });
  }
  return names;
}
