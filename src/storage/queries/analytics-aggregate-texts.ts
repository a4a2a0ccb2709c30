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
  /**
   * `[levels, compared, aligned]` per person in the same order, null without ratings; 0 for an
   * unrated competency (levels start at 1), so every levels array holds numbers only.
   */
  levels: string;
  /** `[raterId, compared, sum]` per rater, summed over the people read. */
  leniency: string;
}

// Each takes the rows it reads as a FROM clause (`people p` or `analytics_rater_leniency r`,
// alone or joined to a team's ids) with its WHERE. People and their levels come in the same
// order, so the levels need no lookup by id.
const peopleJson = (from: SQL) => sql`select coalesce(json_agg(
    json_build_array(p.id, p.name, p.role_id, p.manager_id, p.team) order by p.name, p.id), '[]')::text
  from ${from}`;
const levelsJson = (from: SQL, where: SQL, versionId: string) => sql`select coalesce(json_agg(
    case when l.person_id is null then null
      else json_build_array(array_replace(l.levels, null, 0), l.compared, l.aligned) end
    order by p.name, p.id), '[]')::text
  from ${from}
  left join analytics_person_levels l on l.person_id = p.id and l.framework_version_id = ${versionId}
  ${where}`;
const leniencyJson = (from: SQL) => sql`select coalesce(json_agg(
    json_build_array(t.rater_id, t.compared, t.total)), '[]')::text
  from (select r.rater_id, sum(r.compared)::int as compared, sum(r.sum)::float8 as total
    from ${from} group by r.rater_id) t`;

// Both drivers return `rows`; the casts to text keep either from parsing the JSON itself.
async function rowOf<T>(db: Database, query: SQL): Promise<T> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows[0] as T;
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
  if (managerId !== undefined) {
    // One statement, so the reporting tree is walked once for all three. The scope holds only
    // this organisation's people (reportIds filters by it), so rows are found from its ids by key
    // alone: an org filter too lets a planner without statistics (PGlite) scan the org per id.
    return rowOf<AnalyticsAggregateTexts>(
      db,
      sql`with scope(id) as ${reportIds(orgId, managerId)}
        select (${peopleJson(sql`scope s join people p on p.id = s.id`)}) as people,
          (${levelsJson(sql`scope s join people p on p.id = s.id`, sql``, versionId)}) as levels,
          (${leniencyJson(sql`scope s join analytics_rater_leniency r on r.person_id = s.id`)})
            as leniency`,
    );
  }
  // Three statements at once: on PostgreSQL each runs on its own connection. Summing leniency
  // per rater of a large organisation sorts on disk within the default 4 MB of work memory.
  const text = (query: SQL) =>
    db.transaction(async (tx) => {
      await tx.execute(sql`set local work_mem = '64MB'`);
      return (await rowOf<{ j: string }>(tx, sql`select (${query}) as j`)).j;
    });
  const [people, levels, leniency] = await Promise.all([
    text(peopleJson(sql`people p where p.org_id = ${orgId}`)),
    text(levelsJson(sql`people p`, sql`where p.org_id = ${orgId}`, versionId)),
    text(leniencyJson(sql`analytics_rater_leniency r where r.org_id = ${orgId}`)),
  ]);
  return { people, levels, leniency };
}
