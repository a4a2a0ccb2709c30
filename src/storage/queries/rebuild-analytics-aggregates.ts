import { eq, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { analyticsRebuilds } from "../schema.ts";
import {
  type AnalyticsFramework,
  type ComputePersonAggregates,
  refreshStaleAnalytics,
} from "./analytics-aggregates.ts";

/** How a rebuild went: people computed now, in all, and whether it resumed a stopped one. */
export interface AnalyticsRebuild {
  computed: number;
  resumed: boolean;
}

/**
 * Computes every person's analytics aggregates again on the published framework, a batch of
 * people per transaction. Idempotent (the same rows whatever ran before) and resumable: the
 * rebuild and the people still to do are recorded, so one stopped half way (a crash, Ctrl-C)
 * carries on where it stopped when run again. Publishing a framework calls it inside the publish
 * transaction (`db` is then that transaction), so a new version never answers with old levels.
 *
 * @example await rebuildAnalyticsAggregates(tx, orgId, { framework, versionId, lineage });
 */
export async function rebuildAnalyticsAggregates(
  db: Database,
  orgId: string,
  inUse: AnalyticsFramework,
  /** Where the engine runs (default: this thread; the server passes a worker thread). */
  compute?: ComputePersonAggregates,
): Promise<AnalyticsRebuild> {
  const [open] = await db
    .select()
    .from(analyticsRebuilds)
    .where(eq(analyticsRebuilds.orgId, orgId));
  const resumed =
    open !== undefined && open.finishedAt === null && open.frameworkVersionId === inUse.versionId;
  if (!resumed) {
    await db.transaction(async (tx) => {
      await tx
        .insert(analyticsRebuilds)
        .values({ orgId, frameworkVersionId: inUse.versionId })
        .onConflictDoUpdate({
          target: analyticsRebuilds.orgId,
          set: {
            frameworkVersionId: inUse.versionId,
            startedAt: sql`now()`,
            finishedAt: null,
            done: 0,
          },
        });
      await tx.execute(sql`insert into analytics_stale_people (person_id, org_id)
        select id, org_id from people where org_id = ${orgId}
        on conflict (person_id) do nothing`);
    });
  }
  const computed = await refreshStaleAnalytics(db, orgId, inUse, {
    ...(compute ? { compute } : {}),
    onBatch: async (tx, batch) => {
      await tx
        .update(analyticsRebuilds)
        .set({ done: sql`${analyticsRebuilds.done} + ${batch}` })
        .where(eq(analyticsRebuilds.orgId, orgId));
    },
  });
  await db
    .update(analyticsRebuilds)
    .set({ finishedAt: sql`now()` })
    .where(eq(analyticsRebuilds.orgId, orgId));
  return { computed, resumed };
}
