import { describe, expect, it } from "vitest";
import { trendChangeWords, trendGeometry } from "./trend-geometry.ts";

const box = { width: 120, height: 28, pad: 4 };
const scale = { min: 1, max: 5 };

describe("trendGeometry", () => {
  it("puts a single point in the middle, at the height of its level", () => {
    expect(trendGeometry([{ at: "2026-01-01", level: 3 }], scale, box)).toEqual([{ x: 60, y: 14 }]);
  });

  it("spreads points from the left edge to the right edge, lowest level at the bottom", () => {
    const points = [
      { at: "2026-01-01", level: 1 },
      { at: "2026-04-01", level: 3 },
      { at: "2026-07-01", level: 5 },
    ];
    expect(trendGeometry(points, scale, box)).toEqual([
      { x: 4, y: 24 },
      { x: 60, y: 14 },
      { x: 116, y: 4 },
    ]);
  });
});

describe("trendChangeWords", () => {
  it("signs a rise and a dip to one decimal", () => {
    expect(trendChangeWords(0.44)).toBe("+0.4");
    expect(trendChangeWords(-0.6)).toBe("−0.6");
  });

  it("calls a change under a twentieth of a level steady", () => {
    expect(trendChangeWords(0.04)).toBe("Steady");
  });

  it("says there are not enough assessments when there is no change to show", () => {
    expect(trendChangeWords(null)).toBe("Not enough assessments yet");
  });
});
