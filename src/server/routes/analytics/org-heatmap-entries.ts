import { competencyHeatmap } from "../../../engine/analytics/competency-heatmap.ts";
import type { Framework } from "../../../framework/schema.ts";
import type { AnalyticsAggregateTexts } from "../../../storage/queries/analytics-aggregate-texts.ts";
import { scanOfAggregateTexts } from "../../../storage/queries/analytics-of-aggregate-texts.ts";

/** What the whole heatmap is computed from: the framework and the organisation's aggregates. */
export interface OrgHeatmapInput {
  framework: Framework;
  texts: AnalyticsAggregateTexts;
}

/**
 * Every team of the organisation's heatmap, in name order, each already serialised: the same
 * teams the analytics answer lists its largest of, as strings a worker hands back cheaply and a
 * page only joins.
 *
 * @example const teams = orgHeatmapEntries({ framework, texts }); // ['{"team":"core",…}', …]
 */
export function orgHeatmapEntries(input: OrgHeatmapInput): string[] {
  const scan = scanOfAggregateTexts(input.framework, input.texts);
  return competencyHeatmap(input.framework, scan).map((team) => JSON.stringify(team));
}
