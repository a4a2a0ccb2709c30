import { describe, expect, it } from "vitest";
import { furthestSpans, spanCounts } from "./furthest-spans.ts";
import type { SpanOfControl } from "./org-analytics-types.ts";

const guide = { min: 3, max: 8 };
const span = (managerId: string, directReports: number): SpanOfControl => ({
  managerId,
  directReports,
  status: directReports < guide.min ? "below" : directReports > guide.max ? "above" : "within",
  reason: "",
});

describe("furthestSpans", () => {
  const spans = [span("a", 5), span("b", 12), span("c", 1), span("d", 9), span("e", 4)];

  it("keeps every manager when there are no more than the most it lists", () => {
    expect(furthestSpans(spans, guide, 5)).toEqual(spans);
  });

  it("keeps the managers furthest outside the guideline, in their original order", () => {
    const kept = furthestSpans(spans, guide, 2).map((entry) => entry.managerId);
    expect(kept).toEqual(["b", "c"]);
  });

  it("keeps the first managers when there is no guideline to measure against", () => {
    expect(furthestSpans(spans, undefined, 2).map((entry) => entry.managerId)).toEqual(["a", "b"]);
  });

  it("counts every manager by where they stand against the guideline", () => {
    expect(spanCounts(spans)).toEqual({ below: 1, within: 2, above: 2, "no-guideline": 0 });
  });
});
