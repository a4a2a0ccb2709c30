import { describe, expect, it } from "vitest";
import { buildFramework } from "../../../test/factories.ts";
import { cycleTrend } from "./cycle-trend.ts";

const framework = buildFramework();
const [first, second] = framework.competencies as [
  (typeof framework.competencies)[number],
  (typeof framework.competencies)[number],
];

describe("cycleTrend", () => {
  it("takes each closed cycle as a point named after it, leaving out what it found unrated", () => {
    const trends = cycleTrend(framework, [
      {
        cycleName: "H1 2026",
        at: "2026-02-01T00:00:00Z",
        levels: { [first.id]: 2, [second.id]: null },
      },
      {
        cycleName: "H2 2026",
        at: "2026-08-01T00:00:00Z",
        levels: { [first.id]: 3, [second.id]: 2 },
      },
    ]);
    const grew = trends.find((trend) => trend.competency === first.id);
    expect(grew?.points.map((point) => point.label)).toEqual(["H1 2026", "H2 2026"]);
    expect(grew?.change).toBe(1);
    expect(grew?.reason).toBe(`${first.name} grew from 2 to 3 from H1 2026 to H2 2026.`);
    const once = trends.find((trend) => trend.competency === second.id);
    expect(once?.reason).toBe(
      `${second.name} has one data point so far (2, in H2 2026); the next cycle will show a trend.`,
    );
  });
});
