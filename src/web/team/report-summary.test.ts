import { describe, expect, it } from "vitest";
import type { Profile, RoleFit } from "../api/types.ts";
import { misalignedCompetencies, ratedByBoth, readinessFor } from "./report-summary.ts";

const roleFitOf = (roleId: string, readiness: RoleFit["readiness"]): RoleFit => ({
  roleId,
  fit: 0.8,
  readiness,
  gaps: [],
  strengths: [],
  unknown: [],
  reason: `${roleId} fits`,
});

function profileWith(gaps: Record<string, number | null>): Profile {
  const competencies = Object.fromEntries(
    Object.entries(gaps).map(([competency, selfVsManager]) => [
      competency,
      {
        competency,
        level: 3,
        byRater: selfVsManager === null ? {} : { self: 3 + selfVsManager, manager: 3 },
        raters: 2,
        spread: 0,
        confidence: 0.7,
        confidenceLevel: "medium" as const,
        lowConfidence: false,
        selfVsManager,
        evidenceCount: 0,
        reason: "",
      },
    ]),
  );
  return {
    personId: "p",
    frameworkVersion: "1",
    competencies,
    selfOnly: false,
    reason: "",
    nextRole: null,
    history: null,
  };
}

describe("report summary", () => {
  it("reads readiness for the next role the server names rather than the current one", () => {
    const fits = [roleFitOf("pm", "ready"), roleFitOf("senior-pm", "close")];
    const nextRole = { roleId: "senior-pm", reason: "Senior Product Manager is next." };
    expect(readinessFor({ ...profileWith({}), nextRole }, "pm", fits)?.roleId).toBe("senior-pm");
  });

  it("falls back to the current role when the server names no next role", () => {
    const fits = [roleFitOf("pm", "ready"), roleFitOf("senior-pm", "close")];
    expect(readinessFor({ ...profileWith({}), nextRole: null }, "pm", fits)?.readiness).toBe(
      "ready",
    );
    expect(readinessFor(null, "pm", fits)?.roleId).toBe("pm");
  });

  it("lists every competency a level or more apart, widest first, with both views", () => {
    const profile = profileWith({
      execution: 0.5,
      strategy: -1.5,
      influence: 1.5,
      communication: 1,
      outcomes: null,
    });
    expect(misalignedCompetencies(profile)).toEqual([
      { competency: "influence", self: 4.5, manager: 3, difference: 1.5 },
      { competency: "strategy", self: 1.5, manager: 3, difference: -1.5 },
      { competency: "communication", self: 4, manager: 3, difference: 1 },
    ]);
  });

  it("finds nothing to compare when nobody was rated by both", () => {
    const profile = profileWith({ execution: null });
    expect(ratedByBoth(profile)).toBe(false);
    expect(misalignedCompetencies(profile)).toEqual([]);
  });
});
