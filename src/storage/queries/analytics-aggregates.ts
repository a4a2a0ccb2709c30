import { and, asc, eq, ne, sql } from "drizzle-orm";
import {
  type PersonAggregate,
  type PersonAssessments,
  personAggregates,
} from "../../engine/analytics/person-aggregate.ts";
import type { FrameworkLineage } from "../../engine/profile/framework-lineage.ts";
import type { Assessment } from "../../engine/types.ts";
import type { Framework } from "../../framework/schema.ts";
import type { Database } from "../database.ts";
import {
  analyticsPersonLevels,
  analyticsRaterLeniency,
  analyticsStalePeople,
  people,
} from "../schema.ts";
import { anyId } from "./any-id.ts";
import { listAssessmentsInLineage } from "./assessments-in-lineage.ts";

/** The published framework aggregates are computed on: its document, stored id and lineage. */
export interface AnalyticsFramework {
  framework: Framework;
  versionId: string;
  lineage: FrameworkLineage;
}

/**
 * Computes people's aggregates from their assessments: in this thread (the CLI, tests) or handed
 * to a worker thread by the server, so a rebuild inside a request never holds its event loop.
 */
export type ComputePersonAggregates = (
  framework: Framework,
  people: PersonAssessments[],
) => Promise<PersonAggregate[]>;

/** The engine in this thread. */
export const computeInProcess: ComputePersonAggregates = async (framework, people) =>
  personAggregates(framework, people);

/** How a refresh computes and reports its batches. */
export interface RefreshOptions {
  /** Told of each batch inside its transaction, e.g. to record a rebuild's progress. */
  onBatch?: (tx: Database, computed: number) => Promise<void>;
  /** Where the engine runs (default: this thread). */
  compute?: ComputePersonAggregates;
}

/** People computed per statement batch: the statements bind one array per column, not per row. */
export const analyticsBatchSize = 1000;
const everyAssessment = 100_000_000;

function levelsLiteral(levels: readonly (number | null)[]): string {
  return `{${levels.map((level) => (level === null ? "NULL" : String(level))).join(",")}}`;
}

async function writeAggregates(
  db: Database,
  orgId: string,
  versionId: string,
  ids: readonly string[],
  aggregates: readonly PersonAggregate[],
): Promise<void> {
  await db.delete(analyticsRaterLeniency).where(anyId(analyticsRaterLeniency.personId, ids));
  if (aggregates.length > 0) {
    await db.execute(sql`insert into analytics_person_levels
        (person_id, org_id, framework_version_id, levels, compared, aligned)
      select person_id, ${orgId}::uuid, ${versionId}::uuid, levels::float8[], compared, aligned
      from unnest(${sql.param(aggregates.map((a) => a.personId))}::uuid[],
        ${sql.param(aggregates.map((a) => levelsLiteral(a.levels)))}::text[],
        ${sql.param(aggregates.map((a) => a.compared))}::int[],
        ${sql.param(aggregates.map((a) => a.aligned))}::int[]) as t(person_id, levels, compared, aligned)
      on conflict (person_id) do update set framework_version_id = excluded.framework_version_id,
        levels = excluded.levels, compared = excluded.compared, aligned = excluded.aligned,
        updated_at = now()`);
  }
  const parts = aggregates.flatMap((a) =>
    a.leniency.map((part) => ({ personId: a.personId, ...part })),
  );
  if (parts.length > 0) {
    await db.execute(sql`insert into analytics_rater_leniency (person_id, org_id, rater_id, compared, sum)
      select person_id, ${orgId}::uuid, rater_id, compared, total
      from unnest(${sql.param(parts.map((p) => p.personId))}::uuid[],
        ${sql.param(parts.map((p) => p.raterId))}::text[],
        ${sql.param(parts.map((p) => p.compared))}::int[],
        ${sql.param(parts.map((p) => p.sum))}::float8[]) as t(person_id, rater_id, compared, total)
      on conflict (person_id, rater_id) do update set compared = excluded.compared, sum = excluded.sum`);
  }
  await db.delete(analyticsStalePeople).where(anyId(analyticsStalePeople.personId, ids));
}

/**
 * Computes the aggregates of the given people of an organisation from their submitted
 * assessments of the framework's lineage (as every other read of ratings counts them), replaces
 * what was kept for them and clears their stale marks. Call it inside the transaction that
 * changed their assessments; ids of people who are gone only lose their marks. The rows read
 * here go to `compute` (a worker thread, say) and what it returns is written here, in `db`.
 *
 * @example await computeAnalyticsPeople(tx, orgId, inUse, [personId]);
 */
export async function computeAnalyticsPeople(
  db: Database,
  orgId: string,
  inUse: AnalyticsFramework,
  ids: readonly string[],
  compute: ComputePersonAggregates = computeInProcess,
): Promise<number> {
  if (ids.length === 0) return 0;
  // One statement after the other: `db` is usually a transaction, which is one connection.
  const found = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.orgId, orgId), anyId(people.id, ids)));
  const assessments = await listAssessmentsInLineage(db, inUse.lineage, {
    orgId,
    personIds: [...ids],
    status: "submitted",
    limit: everyAssessment,
  });
  const byPerson = new Map<string, Assessment[]>();
  for (const assessment of assessments) {
    const list = byPerson.get(assessment.personId);
    if (list) list.push(assessment);
    else byPerson.set(assessment.personId, [assessment]);
  }
  const aggregates = await compute(
    inUse.framework,
    found.map(({ id }) => ({ personId: id, assessments: byPerson.get(id) ?? [] })),
  );
  await writeAggregates(db, orgId, inUse.versionId, ids, aggregates);
  return aggregates.length;
}

/**
 * Brings an organisation's aggregates up to date before analytics read them: people marked stale
 * (by the database's triggers, whoever changed their assessments) and people computed on another
 * framework version are computed again, a batch per transaction. Usually nobody or a handful.
 *
 * @example await refreshStaleAnalytics(db, orgId, inUse);
 */
export async function refreshStaleAnalytics(
  db: Database,
  orgId: string,
  inUse: AnalyticsFramework,
  options: RefreshOptions = {},
): Promise<number> {
  const { onBatch, compute } = options;
  await db.execute(sql`insert into analytics_stale_people (person_id, org_id)
    select person_id, org_id from analytics_person_levels
    where org_id = ${orgId} and framework_version_id <> ${inUse.versionId}
    on conflict (person_id) do nothing`);
  let computed = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      // Locked, so a concurrent refresh waits and then finds these people done.
      const stale = await tx
        .select({ id: analyticsStalePeople.personId })
        .from(analyticsStalePeople)
        .where(eq(analyticsStalePeople.orgId, orgId))
        .orderBy(asc(analyticsStalePeople.personId))
        .limit(analyticsBatchSize)
        .for("update");
      if (stale.length === 0) return -1;
      const ids = stale.map((row) => row.id);
      const batch = await computeAnalyticsPeople(tx, orgId, inUse, ids, compute);
      await onBatch?.(tx, batch);
      return batch;
    });
    if (done < 0) return computed;
    computed += done;
  }
}

/** Whether anyone of the organisation waits to be computed again (for tests and the CLI). */
export async function countStaleAnalytics(db: Database, orgId: string, versionId: string) {
  const [stale] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(analyticsStalePeople)
    .where(eq(analyticsStalePeople.orgId, orgId));
  const [other] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(analyticsPersonLevels)
    .where(
      and(
        eq(analyticsPersonLevels.orgId, orgId),
        ne(analyticsPersonLevels.frameworkVersionId, versionId),
      ),
    );
  return (stale?.n ?? 0) + (other?.n ?? 0);
}
