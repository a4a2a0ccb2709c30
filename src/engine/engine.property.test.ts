import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFramework, buildProfile } from "../../test/factories.ts";
import { roleFit } from "./fit/role-fit.ts";
import { roleFits } from "./fit/role-fits.ts";
import { aggregateProfile } from "./profile/aggregate-profile.ts";
import type { Assessment, Evidence, RaterKind, Rating } from "./types.ts";

const framework = buildFramework();
const competencyIds = framework.competencies.map((competency) => competency.id);
const titles = new Map(framework.roles.map((role) => [role.id, role.title]));
const evidence: Evidence[] = ["e-1", "e-2"].map((id) => ({
  id,
  personId: "person-1",
  date: "2026-01-01",
  title: "Shipped a thing",
  competencies: ["execution"],
  visibility: "manager",
}));

const ratingArbitrary: fc.Arbitrary<Rating> = fc.record(
  {
    competency: fc.constantFrom(...competencyIds, "not-in-framework"),
    level: fc.integer({ min: 1, max: 5 }),
    evidence: fc.subarray(["e-1", "e-2", "e-unknown"]),
  },
  { requiredKeys: ["competency", "level"] },
);

const raterArbitrary = fc.constantFrom<[RaterKind, string]>(
  ["self", "person-1"],
  ["manager", "manager-1"],
  ["manager", "manager-2"],
  ["peer", "peer-1"],
  ["peer", "peer-2"],
  ["peer", "peer-3"],
);

const assessmentsArbitrary: fc.Arbitrary<Assessment[]> = fc
  .array(
    fc.record({
      rater: raterArbitrary,
      submittedAt: fc.constantFrom(
        "2026-01-01T00:00:00Z",
        "2026-02-01T00:00:00Z",
        "2026-03-01T00:00:00Z",
        null,
      ),
      ratings: fc.array(ratingArbitrary, { maxLength: 8 }),
      otherPerson: fc.boolean(),
    }),
    { maxLength: 8 },
  )
  .map((drafts) =>
    drafts.map((draft, position) => ({
      id: `a-${position}`,
      personId: draft.otherPerson && position % 3 === 0 ? "person-2" : "person-1",
      raterId: draft.rater[1],
      raterKind: draft.rater[0],
      frameworkVersion: "1.0.0",
      submittedAt: draft.submittedAt,
      ratings: draft.ratings,
    })),
  );

function fitsOf(assessments: Assessment[]) {
  return roleFits(framework, aggregateProfile(framework, "person-1", assessments, evidence));
}

describe("engine invariants", () => {
  it("never lowers any role's fit when a rating is raised", () => {
    fc.assert(
      fc.property(
        assessmentsArbitrary.filter((list) => list.some((item) => item.ratings.length > 0)),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 4 }),
        (assessments, pickAssessment, pickRating, raise) => {
          const rated = assessments.filter((item) => item.ratings.length > 0);
          const target = rated[pickAssessment % rated.length] as Assessment;
          const index = pickRating % target.ratings.length;
          const raised = assessments.map((item) =>
            item !== target
              ? item
              : {
                  ...item,
                  ratings: item.ratings.map((rating, position) =>
                    position === index
                      ? { ...rating, level: Math.min(5, rating.level + raise) }
                      : rating,
                  ),
                },
          );
          const before = fitsOf(assessments);
          const after = fitsOf(raised);
          before.forEach((fit, position) => {
            expect(after[position]?.fit).toBeGreaterThanOrEqual(fit.fit - 1e-12);
          });
        },
      ),
    );
  });

  it("never calls a role ready while a mandatory competency is short or anything is unknown", () => {
    fc.assert(
      fc.property(assessmentsArbitrary, (assessments) => {
        for (const fit of fitsOf(assessments)) {
          if (fit.readiness !== "ready") continue;
          expect(fit.unknown).toEqual([]);
          expect(fit.gaps.filter((gap) => gap.mandatory && gap.shortfall > 0)).toEqual([]);
        }
      }),
    );
  });

  it("keeps fit, confidence and every level within range, and names the role in every fit reason", () => {
    fc.assert(
      fc.property(assessmentsArbitrary, (assessments) => {
        const profile = aggregateProfile(framework, "person-1", assessments, evidence);
        for (const score of Object.values(profile.competencies)) {
          expect(score.confidence).toBeGreaterThanOrEqual(0);
          expect(score.confidence).toBeLessThanOrEqual(1);
          if (score.level !== null) {
            expect(score.level).toBeGreaterThanOrEqual(1);
            expect(score.level).toBeLessThanOrEqual(5);
          }
          expect(score.reason.length).toBeGreaterThan(0);
        }
        for (const fit of roleFits(framework, profile)) {
          expect(fit.fit).toBeGreaterThanOrEqual(0);
          expect(fit.fit).toBeLessThanOrEqual(1);
          expect(fit.reason).toContain(titles.get(fit.roleId));
        }
      }),
    );
  });

  it("gives the same profile and fits whatever the order of assessments and ratings", () => {
    fc.assert(
      fc.property(
        assessmentsArbitrary.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
          ),
        ),
        ([original, shuffled]) => {
          const reordered = shuffled.map((item) => ({
            ...item,
            ratings: [...item.ratings].reverse(),
          }));
          const first = aggregateProfile(framework, "person-1", original, evidence);
          const second = aggregateProfile(
            framework,
            "person-1",
            reordered,
            [...evidence].reverse(),
          );
          expect(second).toEqual(first);
          expect(roleFits(framework, second)).toEqual(roleFits(framework, first));
        },
      ),
    );
  });

  it("treats an unrated competency as unknown: its fit beats counting it as zero and trails rating it as expected", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...competencyIds), fc.integer({ min: 1, max: 5 }), {
          minKeys: 2,
        }),
        fc.constantFrom(...competencyIds),
        fc.constantFrom(...framework.roles.map((role) => role.id)),
        (levels, dropped, roleId) => {
          const expectations =
            framework.roles.find((role) => role.id === roleId)?.expectations ?? {};
          const expected = expectations[dropped];
          const others = Object.keys(levels).filter(
            (id) => id !== dropped && expectations[id] !== undefined,
          );
          fc.pre(expected !== undefined && others.length > 0);
          const without = { ...levels, [dropped]: null };
          const unknownFit = roleFit(framework, buildProfile({ levels: without }), roleId);
          const zero = roleFit(
            framework,
            buildProfile({ levels: { ...levels, [dropped]: 0 } }),
            roleId,
          );
          const met = roleFit(
            framework,
            buildProfile({ levels: { ...levels, [dropped]: expected ?? 5 } }),
            roleId,
          );
          expect(unknownFit.unknown).toContain(dropped);
          expect(unknownFit.gaps.find((gap) => gap.competency === dropped)?.actual).toBeNull();
          expect(unknownFit.fit).toBeGreaterThan(zero.fit);
          expect(unknownFit.fit).toBeLessThanOrEqual(met.fit + 1e-12);
          expect(unknownFit.readiness).not.toBe("ready");
        },
      ),
    );
  });
});
