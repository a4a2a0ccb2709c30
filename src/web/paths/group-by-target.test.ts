import { describe, expect, it } from "vitest";
import type { CareerPath } from "../api/types.ts";
import { groupByTarget } from "./group-by-target.ts";

const path = (target: string, rank: number): CareerPath => ({
  target,
  steps: [],
  cost: rank,
  rank,
  reason: `route ${rank}`,
});

describe("groupByTarget", () => {
  it("keeps targets in the order of their best path and each target's paths in order", () => {
    const groups = groupByTarget([
      path("senior-pm", 1),
      path("principal-pm", 2),
      path("senior-pm", 3),
      path("principal-pm", 4),
    ]);
    expect(groups.map(([target, paths]) => [target, paths.map((p) => p.rank)])).toEqual([
      ["senior-pm", [1, 3]],
      ["principal-pm", [2, 4]],
    ]);
  });

  it("returns no groups for no paths", () => {
    expect(groupByTarget([])).toEqual([]);
  });
});
