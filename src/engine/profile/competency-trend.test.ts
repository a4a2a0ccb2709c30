import { describe, expect, it } from "vitest";
import { buildAssessment, buildFramework } from "../../../test/factories.ts";
import { competencyTrend } from "./competency-trend.ts";

const framework = buildFramework();

function rated(kind: "manager" | "self", at: string | null, levels: Record<string, number>) {
  const raterId = kind === "self" ? "person-1" : "manager-1";
  return buildAssessment({ raterKind: kind, raterId, submittedAt: at, levels });
}

const history = [
  rated("manager", "2026-03-01T00:00:00Z", { execution: 4 }),
  rated("manager", "2025-09-01T00:00:00Z", { execution: 2, "product-strategy": 3 }),
  rated("self", "2025-12-01T00:00:00Z", { execution: 3 }),
  rated("manager", null, { execution: 1 }),
];

describe("competencyTrend", () => {
  it("replays submitted assessments in time order and aggregates after each", () => {
    const execution = competencyTrend(framework, "person-1", history).find(
      (trend) => trend.competency === "execution",
    );
    expect(execution?.points).toEqual([
      { at: "2025-09-01T00:00:00Z", level: 2, label: null },
      { at: "2025-12-01T00:00:00Z", level: 2.375, label: null },
      { at: "2026-03-01T00:00:00Z", level: 3.625, label: null },
    ]);
    expect(execution?.change).toBe(1.625);
    expect(execution?.reason).toBe("Execution grew from 2 to 3.6 over 3 assessments.");
  });

  it("counts only each rater's latest assessment, so a rating left out of it drops away", () => {
    const strategy = competencyTrend(framework, "person-1", history)[0];
    expect(strategy?.points).toEqual([
      { at: "2025-09-01T00:00:00Z", level: 3, label: null },
      { at: "2025-12-01T00:00:00Z", level: 3, label: null },
    ]);
    expect(strategy?.change).toBe(0);
    expect(strategy?.reason).toBe("Product strategy held steady at 3 over 2 assessments.");
  });

  it("has no change and says so for an unrated competency", () => {
    const influence = competencyTrend(framework, "person-1", history)[3];
    expect(influence).toEqual({
      competency: "influence",
      points: [],
      change: null,
      reason: "Stakeholder influence has not been rated yet, so there is no trend.",
    });
  });

  it("explains a single data point and a move downwards without blame", () => {
    const single = competencyTrend(framework, "person-1", [
      rated("manager", "2026-01-01T00:00:00Z", { execution: 3 }),
    ]);
    expect(single[1]?.change).toBeNull();
    expect(single[1]?.reason).toContain("Execution has one data point so far (3)");
    const down = competencyTrend(framework, "person-1", [
      rated("manager", "2026-01-01T00:00:00Z", { execution: 3 }),
      rated("manager", "2026-02-01T00:00:00Z", { execution: 2 }),
    ]);
    expect(down[1]?.change).toBe(-1);
    expect(down[1]?.reason).toBe(
      "Execution moved from 3 to 2 over 2 assessments, worth a conversation at the next check-in.",
    );
  });

  it("does not depend on the order assessments arrive in", () => {
    const forward = competencyTrend(framework, "person-1", history);
    const backward = competencyTrend(framework, "person-1", [...history].reverse());
    expect(backward).toEqual(forward);
  });
});
