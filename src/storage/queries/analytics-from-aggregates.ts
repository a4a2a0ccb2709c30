import type { OrgAnalytics } from "../../engine/analytics/org-analytics-types.ts";
import type { Database } from "../database.ts";
import {
  type AnalyticsAggregateTexts,
  readAnalyticsAggregateTexts,
} from "./analytics-aggregate-texts.ts";
import {
  type AnalyticsFramework,
  type ComputePersonAggregates,
  refreshStaleAnalytics,
} from "./analytics-aggregates.ts";
import { analyticsOfAggregateTexts } from "./analytics-of-aggregate-texts.ts";

/**
 * The aggregates an analytics answer reads, brought up to date first: whoever is stale is
 * computed again, then the organisation's (or, with a manager, their team's: everyone under
 * them, not the manager) rows are read as JSON texts. `compute` is where the engine runs for
 * the stale (default: this thread).
 *
 * @example const texts = await currentAnalyticsAggregates(db, orgId, inUse);
 */
export async function currentAnalyticsAggregates(
  db: Database,
  orgId: string,
  inUse: AnalyticsFramework,
  managerId?: string,
  compute?: ComputePersonAggregates,
): Promise<AnalyticsAggregateTexts> {
  await refreshStaleAnalytics(db, orgId, inUse, compute ? { compute } : {});
  return readAnalyticsAggregateTexts(db, orgId, inUse.versionId, managerId);
}

/**
 * Org analytics (or, with a manager, their team's) from the maintained aggregates: the engine
 * reads one row per person instead of the rating history. The answer equals `orgAnalytics` /
 * `teamAnalytics` over the assessments of the framework's lineage.
 *
 * @example const org = await analyticsFromAggregates(db, orgId, inUse);
 */
export async function analyticsFromAggregates(
  db: Database,
  orgId: string,
  inUse: AnalyticsFramework,
  managerId?: string,
): Promise<OrgAnalytics> {
  const texts = await currentAnalyticsAggregates(db, orgId, inUse, managerId);
  return analyticsOfAggregateTexts(inUse.framework, texts);
}
