import { and, asc, count, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import type { PageOptions } from "../page.ts";
import { people } from "../schema.ts";
import { type StoredPerson, toPerson } from "./person-row.ts";

/**
 * Reporting lines, walked one way and in SQL only: who reports to a manager (directly or through
 * others) and whom a person reports to. Every walk stops at a cycle, so bad data cannot loop, and
 * no walk binds more than a handful of parameters, however wide or deep the organisation is.
 */

/** How far below a manager to look: their direct reports only, or everyone under them. */
export type ReportingDepth = "direct" | "all";

/** How many levels below a manager a walk goes at most: far deeper than any real organisation. */
export const maxReportingDepth = 5000;

/**
 * SQL for the ids of everyone under `managerId` (not the manager, even inside a cycle), in one
 * recursive query that stops `maxReportingDepth` levels down, so bad data cannot loop.
 */
export function reportIds(orgId: string, managerId: string): SQL {
  return sql`(
    with recursive under(id, depth) as (
      select r.id, 1 from ${people} r where r.org_id = ${orgId} and r.manager_id = ${managerId}
      union
      select r.id, u.depth + 1 from ${people} r join under u on r.manager_id = u.id
      where r.org_id = ${orgId} and u.depth < ${maxReportingDepth}
    )
    select distinct under.id from under where under.id <> ${managerId})`;
}

/** Which part of a manager's reporting line to read. */
export interface ReportsUnderOptions extends PageOptions {
  /** Direct reports only, or everyone under the manager (the default). */
  depth?: ReportingDepth;
  /** Only the people of this team. */
  team?: string;
  /** Lists the manager too, in name order among their reports. */
  withManager?: boolean;
}

/**
 * Everyone who reports to a manager, directly or through other managers (or, with depth
 * "direct", directly only), in name order; the manager only when asked for.
 *
 * @example
 * const team = await reportsUnder(db, orgId, dana.id);
 * const firstPage = await reportsUnder(db, orgId, dana.id, { limit: 21, offset: 0 });
 */
export async function reportsUnder(
  db: Database,
  orgId: string,
  managerId: string,
  options: ReportsUnderOptions = {},
): Promise<StoredPerson[]> {
  const reports =
    options.depth === "direct"
      ? eq(people.managerId, managerId)
      : sql`${people.id} in ${reportIds(orgId, managerId)}`;
  const within = options.withManager ? or(eq(people.id, managerId), reports) : reports;
  const query = db
    .select()
    .from(people)
    .where(
      and(
        eq(people.orgId, orgId),
        within,
        options.team === undefined ? undefined : eq(people.team, options.team),
      ),
    )
    .orderBy(asc(people.name), asc(people.id))
    .offset(options.offset ?? 0);
  const rows = options.limit === undefined ? await query : await query.limit(options.limit);
  return rows.map(toPerson);
}

/**
 * The ids of a person's managers, direct manager first, then skip-level and up; empty for someone
 * who reports to nobody or is not in the organisation.
 *
 * @example
 * expect(await managerChain(db, orgId, ava.id)).toEqual([ben.id, cleo.id]);
 */
export async function managerChain(
  db: Database,
  orgId: string,
  personId: string,
): Promise<string[]> {
  const [row] = await db
    .select({ chain: sql<string[]>`${managerChainJson(orgId)}` })
    .from(sql`${people} p`)
    .where(sql`p.id = ${personId} and p.org_id = ${orgId}`);
  return row?.chain ?? [];
}

/**
 * SQL for the json array of a person's manager ids, direct manager first, stopping at a cycle;
 * the person's row must be in scope as `p`.
 */
export function managerChainJson(orgId: string): SQL {
  return sql`(
    with recursive chain(id, depth, path) as (
      select p.manager_id, 1, array[p.id, p.manager_id]
      where p.manager_id is not null
      union all
      select m.manager_id, c.depth + 1, c.path || m.manager_id
      from chain c join ${people} m on m.id = c.id
      where m.manager_id is not null and m.org_id = ${orgId} and not m.manager_id = any(c.path)
    )
    select coalesce(json_agg(chain.id order by chain.depth), '[]'::json) from chain)`;
}

/**
 * Whether `personId` reports to `managerId`, directly or through others.
 *
 * @example
 * if (await reportsTo(db, orgId, newManagerId, person.id)) refuseTheLoop();
 */
export async function reportsTo(
  db: Database,
  orgId: string,
  personId: string,
  managerId: string,
): Promise<boolean> {
  return (await managerChain(db, orgId, personId)).includes(managerId);
}

/**
 * How many people are under a manager (directly or not), or in the whole organisation.
 *
 * @example const size = await countPeopleUnder(db, { orgId, managerId: ben.id });
 */
export async function countPeopleUnder(
  db: Database,
  scope: { orgId: string; managerId?: string },
): Promise<number> {
  const [row] = await db
    .select({ people: count() })
    .from(people)
    .where(
      and(
        eq(people.orgId, scope.orgId),
        scope.managerId === undefined
          ? undefined
          : inArray(people.id, reportIds(scope.orgId, scope.managerId)),
      ),
    );
  return Number(row?.people ?? 0);
}
