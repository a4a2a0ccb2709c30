import { describe, expect, it } from "vitest";
import { buildAssessment, buildFramework } from "../../../test/factories.ts";
import type { Framework } from "../../framework/schema.ts";
import { roleFit } from "../fit/role-fit.ts";
import { aggregateProfile } from "./aggregate-profile.ts";
import { carryAssessments } from "./carry-assessments.ts";
import { frameworkLineage } from "./framework-lineage.ts";

const old = buildFramework({ version: "1.0.0" });
const fourLevels = (framework: Framework, migration?: Framework["migration"]): Framework => ({
  ...framework,
  id: "public-ladder",
  version: "1.0.0",
  scale: framework.scale.slice(0, 4),
  ...(migration ? { migration } : {}),
});

function carry(next: Framework, levels: Record<string, number>) {
  const stored = [old, next].map((framework) => ({ versionId: null, framework }));
  const lineage = frameworkLineage(stored[1] as (typeof stored)[number], stored);
  const assessment = buildAssessment({ frameworkId: old.id, frameworkVersion: "1.0.0", levels });
  return carryAssessments(lineage, [assessment]);
}

describe("carryAssessments", () => {
  it("starts a framework with another id with no history", () => {
    const carried = carry(fourLevels(old), { execution: 2 });
    expect(carried.assessments).toEqual([]);
    expect(carried.outsideLineage).toBe(1);
  });

  it("leaves ratings on another scale out with a note when no level mapping says how", () => {
    const next = fourLevels(old, {
      fromFramework: old.id,
      fromVersion: "1.0.0",
      competencies: {},
      roles: {},
    });
    const carried = carry(next, { execution: 2 });
    expect(carried.assessments[0]?.ratings).toEqual([]);
    expect(carried.notes[0]).toContain(
      "rated on a 1–5 scale and 1.0.0 uses 1–4 without a level mapping",
    );
  });

  it("maps levels onto a new scale when the mapping gives them", () => {
    const next = fourLevels(old, {
      fromFramework: old.id,
      fromVersion: "1.0.0",
      competencies: {},
      roles: {},
      levels: { "1": 1, "2": 1, "3": 2, "4": 3, "5": 4 },
    });
    const carried = carry(next, { execution: 2, influence: 5 });
    expect(carried.assessments[0]?.frameworkId).toBe("public-ladder");
    expect(carried.assessments[0]?.ratings).toEqual([
      { competency: "execution", level: 1 },
      { competency: "influence", level: 4 },
    ]);
  });

  it("keeps readiness on everything assessed when a competency is newer than every rating", () => {
    const template = old.competencies[0] as Framework["competencies"][number];
    const next: Framework = {
      ...old,
      version: "1.1.0",
      competencies: [
        ...old.competencies,
        { ...template, id: "ai-fluency", name: "AI product fluency" },
      ],
      roles: old.roles.map((role) => ({
        ...role,
        expectations: { ...role.expectations, "ai-fluency": 2 },
      })),
    };
    const stored = [old, next].map((framework) => ({ versionId: null, framework }));
    const lineage = frameworkLineage(stored[1] as (typeof stored)[number], stored);
    const role = next.roles.find((r) => r.id === "pm") as Framework["roles"][number];
    const levels = Object.fromEntries(
      Object.entries(role.expectations).filter(([id]) => id !== "ai-fluency"),
    );
    const carried = carryAssessments(lineage, [buildAssessment({ levels })]).assessments;
    const profile = aggregateProfile(next, "person-1", carried);
    expect(profile.notAssessedYet).toEqual(["ai-fluency"]);
    const fit = roleFit(next, profile, "pm");
    expect(fit.readiness).toBe("ready");
    expect(fit.reason).toBe(
      "Ready for Product Manager on everything assessed; AI product fluency is not assessed yet.",
    );
    // Rated on the new version without it, it is an ordinary unknown again.
    const fresh = buildAssessment({ frameworkVersion: "1.1.0", levels });
    const again = roleFit(next, aggregateProfile(next, "person-1", [fresh]), "pm");
    expect(again.readiness).toBe("close");
  });
});
