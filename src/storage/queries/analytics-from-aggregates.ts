import { analyticsOfScan } from "../../engine/analytics/org-analytics.ts";
import type { OrgAnalytics } from "../../engine/analytics/org-analytics-types.ts";
import { scanFromAggregates } from "../../engine/analytics/scan-from-aggregates.ts";
import { resolveOptions } from "../../engine/options.ts";
import type { Framework } from "../../framework/schema.ts";
import type { Database } from "../database.ts";
import {
  type AnalyticsAggregateTexts,
  parseAnalyticsAggregates,
  readAnalyticsAggregateTexts,
} from "./analytics-aggregate-texts.ts";
import { type AnalyticsFramework, refreshStaleAnalytics } from "./analytics-aggregates.ts";

/**
 * The aggregates an analytics answer reads, brought up to date first: whoever is stale is
 * computed again, then the organisation's (or, with a manager, their team's: everyone under
 * them, not the manager) rows are read as JSON texts.
 *
 * @example const texts = await currentAnalyticsAggregates(db, orgId, inUse);
 */
export async function currentAnalyticsAggregates(
  db: Database,
  orgId: string,
  inUse: AnalyticsFramework,
  managerId?: string,
): Promise<AnalyticsAggregateTexts> {
  await refreshStaleAnalytics(db, orgId, inUse);
  return readAnalyticsAggregateTexts(db, orgId, inUse.versionId, managerId);
}

/**
 * The engine's analytics over aggregates read as texts: pure CPU work, which a worker thread
 * can do while the request thread serves others.
 *
 * @example const org = analyticsOfAggregateTexts(framework, texts);
 */
export function analyticsOfAggregateTexts(
  framework: Framework,
  texts: AnalyticsAggregateTexts,
): OrgAnalytics {
  const rows = parseAnalyticsAggregates(texts);
  const scan = scanFromAggregates(framework, rows.people, rows.levels, rows.leniency);
  return analyticsOfScan(framework, scan, resolveOptions({}));
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
