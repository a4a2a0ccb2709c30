import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFramework } from "../../framework/parse-framework.ts";
import type { Framework, Profile, RoleFit } from "../api/types.ts";
import { nextRoleOf, readinessFor, widestSelfManagerGap } from "./report-summary.ts";

const parsed = parseFramework(readFileSync("frameworks/product-management.yaml", "utf8"), {
  fileName: "product-management.yaml",
});
if (!parsed.ok) throw new Error("The default framework does not parse.");
const framework: Framework = parsed.framework;

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
  return { personId: "p", frameworkVersion: "1", competencies, selfOnly: false, reason: "" };
}

describe("report summary", () => {
  it("names the promotion after a PM as their next role", () => {
    expect(nextRoleOf(framework, "pm")).toBe("senior-pm");
  });

  it("has no next role for someone without a role", () => {
    expect(nextRoleOf(framework, null)).toBeNull();
  });

  it("reads readiness for the next role rather than the current one", () => {
    const fits = [roleFitOf("pm", "ready"), roleFitOf("senior-pm", "close")];
    expect(readinessFor(framework, "pm", fits)?.roleId).toBe("senior-pm");
  });

  it("falls back to the current role when the ladder goes no higher", () => {
    const top = framework.roles.find((role) => nextRoleOf(framework, role.id) === null);
    expect(top).toBeDefined();
    const roleId = top?.id ?? "";
    expect(readinessFor(framework, roleId, [roleFitOf(roleId, "ready")])?.readiness).toBe("ready");
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
