import { analyticsOfScan } from "../../engine/analytics/org-analytics.ts";
import type { OrgAnalytics } from "../../engine/analytics/org-analytics-types.ts";
import { scanFromAggregates } from "../../engine/analytics/scan-from-aggregates.ts";
import { resolveOptions } from "../../engine/options.ts";
import type { Database } from "../database.ts";
import {
  type AnalyticsFramework,
  readAnalyticsAggregates,
  refreshStaleAnalytics,
} from "./analytics-aggregates.ts";

/**
 * Org analytics (or, with a manager, their team's: everyone under them, not the manager) from
 * the maintained aggregates: whoever is stale is computed first, then the engine reads one row
 * per person instead of the rating history. The answer equals `orgAnalytics` / `teamAnalytics`
 * over the assessments of the framework's lineage.
 *
 * @example const org = await analyticsFromAggregates(db, orgId, inUse);
 */
export async function analyticsFromAggregates(
  db: Database,
  orgId: string,
  inUse: AnalyticsFramework,
  managerId?: string,
): Promise<OrgAnalytics> {
  await refreshStaleAnalytics(db, orgId, inUse);
  const rows = await readAnalyticsAggregates(db, orgId, inUse.versionId, managerId);
  const scan = scanFromAggregates(inUse.framework, rows.people, rows.levels, rows.leniency);
  return analyticsOfScan(inUse.framework, scan, resolveOptions({}));
}
