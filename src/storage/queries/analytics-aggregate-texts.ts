import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { reportIds } from "./reporting-lines.ts";

/**
 * The maintained aggregates of an organisation (or a team) as the database wrote them: one JSON
 * text each, so the driver parses no rows and the texts can cross to a worker thread as they are.
 */
export interface AnalyticsAggregateTexts {
  /** `[id, name, roleId, managerId, team]` per person, in name order. */
  people: string;
  /** `[personId, levels, compared, aligned]` per person with ratings. */
  levels: string;
  /** `[raterId, compared, sum]` per rater, summed over the people read. */
  leniency: string;
}

async function jsonText(db: Database, query: SQL): Promise<string> {
  // Both drivers return `rows`; the cast to text keeps either from parsing the JSON itself.
  const result = (await db.execute(query)) as unknown as { rows: { j: string }[] };
  return result.rows[0]?.j ?? "[]";
}

/**
 * The maintained aggregates of an organisation, or of everyone under a manager (their reporting
 * tree walked once, in SQL), aggregated to JSON in the database: never the rating history, and
 * three rows whatever the size. Leniency is summed per rater in SQL.
 *
 * @example const texts = await readAnalyticsAggregateTexts(db, orgId, versionId);
 */
export async function readAnalyticsAggregateTexts(
  db: Database,
  orgId: string,
  versionId: string,
  managerId?: string,
): Promise<AnalyticsAggregateTexts> {
  const within = (column: SQL) =>
    managerId === undefined ? sql`` : sql`and ${column} in ${reportIds(orgId, managerId)}`;
  const [people, levels, leniency] = await Promise.all([
    jsonText(
      db,
      sql`select coalesce(json_agg(json_build_array(p.id, p.name, p.role_id, p.manager_id, p.team)
          order by p.name, p.id), '[]')::text as j
        from people p where p.org_id = ${orgId} ${within(sql`p.id`)}`,
    ),
    jsonText(
      db,
      sql`select coalesce(json_agg(json_build_array(l.person_id, l.levels, l.compared, l.aligned)),
          '[]')::text as j
        from analytics_person_levels l
        where l.org_id = ${orgId} and l.framework_version_id = ${versionId}
          ${within(sql`l.person_id`)}`,
    ),
    jsonText(
      db,
      sql`select coalesce(json_agg(json_build_array(t.rater_id, t.compared, t.total)), '[]')::text as j
        from (select r.rater_id, sum(r.compared)::int as compared, sum(r.sum)::float8 as total
          from analytics_rater_leniency r where r.org_id = ${orgId} ${within(sql`r.person_id`)}
          group by r.rater_id) t`,
    ),
  ]);
  return { people, levels, leniency };
}
