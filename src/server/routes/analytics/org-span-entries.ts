import { spanDistance } from "../../../engine/analytics/furthest-spans.ts";
import { spanOfControl } from "../../../engine/analytics/span-of-control.ts";
import { scanOfAggregateTexts } from "../../../storage/queries/analytics-of-aggregate-texts.ts";
import type { OrgHeatmapInput } from "./org-heatmap-entries.ts";

/**
 * Every manager's span of control, furthest outside the guideline first (then in people order),
 * each already serialised: the list the analytics answer keeps the first of, read page by page.
 *
 * @example const managers = orgSpanEntries({ framework, texts }); // ['{"managerId":"…",…}', …]
 */
export function orgSpanEntries(input: OrgHeatmapInput): string[] {
  const { framework } = input;
  const spans = spanOfControl(framework, scanOfAggregateTexts(framework, input.texts).people);
  return spans
    .map((span, position) => ({
      span,
      position,
      distance: spanDistance(span, framework.spanOfControl),
    }))
    .sort((a, b) => b.distance - a.distance || a.position - b.position)
    .map((entry) => JSON.stringify(entry.span));
}
