import { analyticsOfScan } from "../../engine/analytics/org-analytics.ts";
import type { OrgAnalytics } from "../../engine/analytics/org-analytics-types.ts";
import type { OrgScan } from "../../engine/analytics/org-scan.ts";
import { scanFromAggregates } from "../../engine/analytics/scan-from-aggregates.ts";
import { resolveOptions } from "../../engine/options.ts";
import type { Framework } from "../../framework/schema.ts";
import type { AnalyticsAggregateTexts } from "./analytics-aggregate-texts.ts";
import { parseAnalyticsAggregates } from "./parse-analytics-aggregates.ts";

/** The engine's scan of the organisation from aggregates read as texts. */
export function scanOfAggregateTexts(
  framework: Framework,
  texts: AnalyticsAggregateTexts,
): OrgScan {
  const rows = parseAnalyticsAggregates(texts, framework.competencies.length);
  return scanFromAggregates(framework, rows.people, rows.levels, rows.leniency);
}

/**
 * The engine's analytics over aggregates read as texts: pure CPU work with no database, which a
 * worker thread can do while the request thread serves others.
 *
 * @example const org = analyticsOfAggregateTexts(framework, texts);
 */
export function analyticsOfAggregateTexts(
  framework: Framework,
  texts: AnalyticsAggregateTexts,
): OrgAnalytics {
  return analyticsOfScan(framework, scanOfAggregateTexts(framework, texts), resolveOptions({}));
}
