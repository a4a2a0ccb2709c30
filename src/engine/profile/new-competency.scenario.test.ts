import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { buildAssessment } from "../../../test/factories.ts";
import type { Framework } from "../../framework/schema.ts";
import { roleFit } from "../fit/role-fit.ts";
import { aggregateProfile } from "./aggregate-profile.ts";
import { carryAssessments } from "./carry-assessments.ts";
import { frameworkLineage } from "./framework-lineage.ts";

const current = loadDefaultFramework();
const template = current.competencies[0] as Framework["competencies"][number];

/** The default framework's next version: AI product fluency, expected at level 2 of every role. */
const next: Framework = {
  ...current,
  version: "1.1.0",
  competencies: [
    ...current.competencies,
    { ...template, id: "ai-product-fluency", name: "AI product fluency" },
  ],
  roles: current.roles.map((role) => ({
    ...role,
    expectations: { ...role.expectations, "ai-product-fluency": 2 },
  })),
};
const stored = [current, next].map((framework) => ({ versionId: null, framework }));
const lineage = frameworkLineage(stored[1] as (typeof stored)[number], stored);

describe("an organisation adds a competency in a new version", () => {
  for (const role of current.roles) {
    it(`keeps the readiness of someone who meets ${role.title} and says what is not assessed yet`, () => {
      const made = [
        buildAssessment({ levels: role.expectations }),
        buildAssessment({ raterKind: "self", raterId: "person-1", levels: role.expectations }),
      ];
      const before = roleFit(current, aggregateProfile(current, "person-1", made), role.id);
      const carried = carryAssessments(lineage, made).assessments;
      const profile = aggregateProfile(next, "person-1", carried);
      const after = roleFit(next, profile, role.id);
      expect(after.readiness).toBe(before.readiness);
      expect(profile.notAssessedYet).toEqual(["ai-product-fluency"]);
      expect(after.reason).toContain("AI product fluency is not assessed yet");
    });
  }
});
