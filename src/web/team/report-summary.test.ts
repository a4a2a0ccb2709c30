import { describe, expect, it } from "vitest";
import type { Profile, RoleFit } from "../api/types.ts";
import { readinessFor, widestSelfManagerGap } from "./report-summary.ts";

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
        byRater: {},
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

  it("picks the competency where self and manager differ most, whichever way", () => {
    const gap = widestSelfManagerGap(
      profileWith({ execution: 0.5, strategy: -1.5, influence: null }),
    );
    expect(gap).toEqual({ competency: "strategy", difference: -1.5 });
  });

  it("finds no gap when nobody was rated by both", () => {
    expect(widestSelfManagerGap(profileWith({ execution: null }))).toBeNull();
  });
});
