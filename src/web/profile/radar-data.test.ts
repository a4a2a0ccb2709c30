import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import type { CompetencyScore, Profile } from "../api/types.ts";
import { radarData } from "./radar-data.ts";

function score(competency: string, byRater: CompetencyScore["byRater"]): CompetencyScore {
  const values = Object.values(byRater);
  return {
    competency,
    level: values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null,
    byRater,
    raters: values.length,
    spread: 0,
    confidence: 0.5,
    confidenceLevel: "medium",
    lowConfidence: false,
    selfVsManager: null,
    evidenceCount: 0,
    reason: "",
  };
}

function profileOf(competencies: CompetencyScore[]): Profile {
  return {
    personId: "p1",
    frameworkVersion: "1",
    competencies: Object.fromEntries(competencies.map((c) => [c.competency, c])),
    selfOnly: false,
    reason: "",
    nextRole: null,
    history: null,
  };
}

describe("radarData", () => {
  it("draws one spoke per competency and leaves unrated ones unknown, not zero", () => {
    const framework = loadDefaultFramework();
    const data = radarData({
      framework,
      profile: profileOf([score("execution", { self: 3 })]),
      currentRoleId: null,
      nextRoleId: null,
    });
    expect(data.axes).toHaveLength(framework.competencies.length);
    expect(data.series.map((s) => s.id)).toEqual(["me"]);
    const me = data.series[0]?.values ?? [];
    expect(me.filter((value) => value === null)).toHaveLength(framework.competencies.length - 1);
    expect(me[data.axes.findIndex((axis) => axis.id === "execution")]).toBe(3);
  });

  it("adds self and manager views only when both exist, then the current and next role", () => {
    const data = radarData({
      framework: loadDefaultFramework(),
      profile: profileOf([score("execution", { self: 4, manager: 3 })]),
      currentRoleId: "pm",
      nextRoleId: "senior-pm",
    });
    expect(data.series.map((s) => s.id)).toEqual([
      "me",
      "self",
      "manager",
      "current-pm",
      "next-senior-pm",
    ]);
    expect(data.series.find((s) => s.id === "current-pm")?.dashed).toBe(true);
  });

  it("speaks about a report by name, never of their view as the viewer's own", () => {
    const data = radarData({
      framework: loadDefaultFramework(),
      profile: profileOf([score("execution", { self: 4, manager: 3 })]),
      currentRoleId: "pm",
      nextRoleId: "senior-pm",
      personName: "Quinn",
    });
    const names = data.series.map((s) => s.name);
    expect(names.slice(0, 3)).toEqual([
      "Quinn (all views combined)",
      "Quinn's view",
      "Their manager's view",
    ]);
    expect(names.join(" ")).not.toMatch(/\b(You|Your)\b/);
  });
});
