import type { Framework } from "../../framework/schema.ts";
import type { SpanOfControl } from "./org-analytics-types.ts";

/** How many managers are in each place against the span-of-control guideline. */
export type SpanCounts = Record<SpanOfControl["status"], number>;

/** How far a manager's direct reports are outside the guideline (0 within it or without one). */
export function spanDistance(span: SpanOfControl, guide: Framework["spanOfControl"]): number {
  if (!guide) return 0;
  if (span.directReports > guide.max) return span.directReports - guide.max;
  if (span.directReports < guide.min) return guide.min - span.directReports;
  return 0;
}

/** How many managers are below, within and above the guideline, or have none to compare with. */
export function spanCounts(spans: readonly SpanOfControl[]): SpanCounts {
  const counts: SpanCounts = { below: 0, within: 0, above: 0, "no-guideline": 0 };
  for (const span of spans) counts[span.status] += 1;
  return counts;
}

/**
 * The managers furthest outside the span-of-control guideline, at most `max`, in their original
 * order: what an organisation of thousands of managers needs to look at first. Every manager is
 * kept when there are no more than `max`.
 *
 * @example furthestSpans(spanOfControl(framework, people), framework.spanOfControl, 100).length // ≤ 100
 */
export function furthestSpans(
  spans: readonly SpanOfControl[],
  guide: Framework["spanOfControl"],
  max: number,
): SpanOfControl[] {
  if (spans.length <= max) return [...spans];
  const kept = new Set(
    spans
      .map((span, position) => ({ distance: spanDistance(span, guide), position }))
      .sort((a, b) => b.distance - a.distance || a.position - b.position)
      .slice(0, Math.max(0, max))
      .map((entry) => entry.position),
  );
  return spans.filter((_, position) => kept.has(position));
}
