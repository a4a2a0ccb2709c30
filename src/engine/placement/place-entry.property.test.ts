import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { buildProfile } from "../../../test/factories.ts";
import type { Background } from "../types.ts";
import { placeEntry } from "./place-entry.ts";

const framework = loadDefaultFramework();
const competencyIds = framework.competencies.map((competency) => competency.id);
const ranks = new Map(framework.roles.map((role) => [role.id, role.rank]));

const backgroundArbitrary: fc.Arbitrary<Background> = fc.record({
  yearsExperience: fc.integer({ min: 0, max: 25 }),
  yearsInProduct: fc.integer({ min: 0, max: 12 }),
  yearsInProductAdjacent: fc.integer({ min: 0, max: 20 }),
  domainExpertise: fc.boolean(),
  startupExperience: fc.boolean(),
  peopleLeadership: fc.boolean(),
  newGraduate: fc.boolean(),
  internalTransfer: fc.boolean(),
  bootcamp: fc.boolean(),
});

const levelsArbitrary = fc.dictionary(
  fc.constantFrom(...competencyIds),
  fc.integer({ min: 1, max: 5 }),
  { minKeys: 1 },
);

function placedRank(background: Background, levels: Record<string, number>): number {
  const placement = placeEntry(framework, background, buildProfile({ framework, levels }));
  const first = placement.recommended[0]?.roleId;
  return first ? (ranks.get(first) ?? 0) : 0;
}

describe("entry placement properties", () => {
  it("never lowers the placement when a self-rating is raised", () => {
    fc.assert(
      fc.property(
        backgroundArbitrary,
        levelsArbitrary,
        fc.nat(),
        fc.integer({ min: 1, max: 4 }),
        (background, levels, pick, raise) => {
          const rated = Object.keys(levels);
          const competency = rated[pick % rated.length] as string;
          const raised = {
            ...levels,
            [competency]: Math.min(5, (levels[competency] ?? 1) + raise),
          };
          expect(placedRank(background, raised)).toBeGreaterThanOrEqual(
            placedRank(background, levels),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never offers more than three entry roles, each once", () => {
    fc.assert(
      fc.property(backgroundArbitrary, (background) => {
        const roles = placeEntry(framework, background).options.map((option) => option.roleId);
        expect(roles.length).toBeLessThanOrEqual(3);
        expect(new Set(roles).size).toBe(roles.length);
      }),
    );
  });
});
