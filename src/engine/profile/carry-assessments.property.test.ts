import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFramework } from "../../../test/factories.ts";
import type { Framework, Migration } from "../../framework/schema.ts";
import type { Assessment, RaterKind } from "../types.ts";
import { aggregateProfile } from "./aggregate-profile.ts";
import { carryAssessments } from "./carry-assessments.ts";
import { frameworkLineage } from "./framework-lineage.ts";
import { migrateAssessment } from "./migrate-assessments.ts";

/** The next version of a framework with competencies renamed, split or retired by `mapping`. */
function nextVersion(
  framework: Framework,
  version: string,
  mapping: Migration["competencies"],
): Framework {
  const template = framework.competencies[0] as Framework["competencies"][number];
  const ids = new Set<string>();
  for (const competency of framework.competencies) {
    const target = Object.hasOwn(mapping, competency.id) ? mapping[competency.id] : competency.id;
    if (target === null || target === undefined) continue;
    for (const id of typeof target === "string" ? [target] : target) ids.add(id);
  }
  const competencies = [...ids].map((id) => ({ ...template, id, name: `Name of ${id}` }));
  return {
    ...framework,
    version,
    competencies,
    roles: framework.roles.map((role) => ({
      ...role,
      expectations: Object.fromEntries([...ids].map((id) => [id, 3])),
      mandatory: [],
    })),
    migration: {
      fromVersion: framework.version,
      competencies: mapping,
      roles: {},
    },
  };
}

const v10 = buildFramework({ version: "1.0.0" });
const v11 = nextVersion(v10, "1.1.0", {
  execution: "delivery",
  "customer-insight": "discovery",
  influence: "discovery",
});
const v20 = nextVersion(v11, "2.0.0", {
  "product-strategy": ["vision", "strategy"],
  "people-leadership": null,
});
const composed: Migration["competencies"] = {
  execution: "delivery",
  "customer-insight": "discovery",
  influence: "discovery",
  "product-strategy": ["vision", "strategy"],
  "people-leadership": null,
};
const otherFramework = { ...buildFramework({ version: "2.0.0" }), id: "another-ladder" };
const stored = [v10, v11, v20, otherFramework].map((framework) => ({
  versionId: `${framework.id}@${framework.version}`,
  framework,
}));
const lineage = frameworkLineage(stored[2] as (typeof stored)[number], stored);
const oldIds = v10.competencies.map((competency) => competency.id);
const inLineage = new Set(["test-ladder@1.0.0", "test-ladder@1.1.0", "test-ladder@2.0.0"]);

const pinArbitrary = fc.constantFrom(
  ["test-ladder", "1.0.0"],
  ["test-ladder", "1.1.0"],
  ["test-ladder", "2.0.0"],
  ["test-ladder", "0.9.0"],
  ["another-ladder", "2.0.0"],
  ["another-ladder", "1.0.0"],
);
const raterArbitrary = fc.constantFrom<[RaterKind, string]>(
  ["self", "person-1"],
  ["manager", "manager-1"],
  ["peer", "peer-1"],
  ["peer", "peer-2"],
);

function idsOf(pin: readonly string[]): string[] {
  const framework = stored.find((step) => step.versionId === pin.join("@"))?.framework;
  return (framework ?? v10).competencies.map((competency) => competency.id);
}

const assessmentsArbitrary: fc.Arbitrary<Assessment[]> = fc
  .array(
    fc.record({
      pin: pinArbitrary,
      rater: raterArbitrary,
      month: fc.integer({ min: 1, max: 9 }),
      levels: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 7, maxLength: 7 }),
      rated: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
    }),
    { maxLength: 10 },
  )
  .map((drafts) =>
    drafts.map((draft, position) => ({
      id: `a-${position}`,
      personId: "person-1",
      raterId: draft.rater[1],
      raterKind: draft.rater[0],
      frameworkId: draft.pin[0],
      frameworkVersion: draft.pin[1] as string,
      submittedAt: `2026-0${draft.month}-01T00:00:00.000Z`,
      ratings: idsOf(draft.pin).flatMap((competency, index) =>
        draft.rated[index] ? [{ competency, level: draft.levels[index] as number }] : [],
      ),
    })),
  );

function profileOf(assessments: readonly Assessment[]) {
  return aggregateProfile(v20, "person-1", carryAssessments(lineage, assessments).assessments);
}

describe("carrying assessments through a framework's lineage", () => {
  it("finds the lineage through each version's mapping and leaves another framework out", () => {
    expect(lineage.steps.map((step) => step.versionId)).toEqual([
      "test-ladder@2.0.0",
      "test-ladder@1.1.0",
      "test-ladder@1.0.0",
    ]);
  });

  it("never uses an assessment made against a version outside the published lineage", () => {
    fc.assert(
      fc.property(assessmentsArbitrary, fc.integer({ min: 1, max: 5 }), (assessments, level) => {
        const outside = (assessment: Assessment) =>
          !inLineage.has(`${assessment.frameworkId}@${assessment.frameworkVersion}`);
        const changed = assessments.map((assessment) =>
          outside(assessment)
            ? {
                ...assessment,
                submittedAt: "2026-12-31T00:00:00.000Z",
                ratings: assessment.ratings.map((rating) => ({ ...rating, level })),
              }
            : assessment,
        );
        const carried = carryAssessments(lineage, changed);
        expect(carried.outsideLineage).toBe(assessments.filter(outside).length);
        for (const assessment of carried.assessments) {
          expect(assessment.frameworkVersion).toBe("2.0.0");
          expect(outside(assessments.find((a) => a.id === assessment.id) as Assessment)).toBe(
            false,
          );
        }
        expect(profileOf(changed)).toEqual(profileOf(assessments.filter((a) => !outside(a))));
      }),
    );
  });

  it("carries ratings through 1.0 → 1.1 → 2.0 exactly as the composed mapping does", () => {
    const direct: Framework = {
      ...v20,
      migration: { fromVersion: "1.0.0", competencies: composed, roles: {} },
    };
    fc.assert(
      fc.property(assessmentsArbitrary, (assessments) => {
        const old = assessments.map((assessment) => ({
          ...assessment,
          frameworkId: "test-ladder",
          frameworkVersion: "1.0.0",
          ratings: assessment.ratings.filter((rating) => oldIds.includes(rating.competency)),
        }));
        const chained = carryAssessments(lineage, old).assessments;
        const once = old.map((assessment) => migrateAssessment(direct, assessment, []));
        expect(chained.map((a) => a.ratings)).toEqual(once.map((a) => a.ratings));
      }),
    );
  });

  it("keeps an unrated competency unknown, never zero, through every migration", () => {
    fc.assert(
      fc.property(assessmentsArbitrary, (assessments) => {
        const carried = carryAssessments(lineage, assessments).assessments;
        const profile = aggregateProfile(v20, "person-1", carried);
        const ratedSomewhere = new Set(carried.flatMap((a) => a.ratings.map((r) => r.competency)));
        for (const competency of v20.competencies) {
          const score = profile.competencies[competency.id];
          if (!ratedSomewhere.has(competency.id)) expect(score?.level).toBeNull();
          if (score?.level !== null) expect(score?.level).toBeGreaterThanOrEqual(1);
        }
        for (const rating of carried.flatMap((a) => a.ratings)) {
          expect(rating.level).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });
});
