import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadFrameworkFile } from "../../../test/default-framework.ts";
import { validateFrameworkData } from "../../framework/validate-framework-data.ts";
import type { Framework } from "../api/types.ts";
import { removeCompetency, rolesExpecting } from "./remove-competency.ts";
import { renameCompetency } from "./rename-id.ts";

const frameworks = [
  "frameworks/product-management.yaml",
  "frameworks/engineering-ladder.yaml",
  "frameworks/minimal-pm-ladder.yaml",
].map((file) => loadFrameworkFile(file) as Framework);

/** Every place a draft names a competency by its id. */
function competencyReferences(doc: Framework): string[] {
  return [
    ...doc.competencies.map((competency) => competency.id),
    ...doc.roles.flatMap((role) => [
      ...Object.keys(role.expectations),
      ...role.mandatory,
      ...role.skillsToDevelop.map((skill) => skill.competency),
    ]),
    ...Object.values(doc.migration?.competencies ?? {}).flatMap((target) => target ?? []),
  ];
}

describe("removeCompetency", () => {
  const doc = frameworks[0] as Framework;
  const expected = doc.roles.find((role) => role.mandatory.length > 0)?.mandatory[0] ?? "";

  it("names the roles that expect it and drops it from each", () => {
    const holders = rolesExpecting(doc, expected);
    expect(holders.length).toBeGreaterThan(0);
    const after = removeCompetency(doc, expected);
    expect(rolesExpecting(after, expected)).toEqual([]);
    expect(competencyReferences(after)).not.toContain(expected);
  });

  it("keeps the other parts of a split and forgets a rename that led to it", () => {
    const renamed = renameCompetency(doc, expected, "renamed", [expected]);
    const split = {
      ...renamed,
      migration: {
        fromVersion: "1.0.0",
        roles: {},
        competencies: { ...renamed.migration?.competencies, older: ["renamed", "other"] },
      },
    };
    expect(removeCompetency(split, "renamed").migration?.competencies).toEqual({
      older: ["other"],
    });
  });

  it("leaves nothing naming the removed competency and a sound draft sound", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: frameworks.length - 1 }),
        fc.nat(),
        fc.boolean(),
        (which, pick, renamedFirst) => {
          const framework = frameworks[which] as Framework;
          const original = framework.competencies[pick % framework.competencies.length]?.id ?? "";
          const published = framework.competencies.map((competency) => competency.id);
          const before = renamedFirst
            ? renameCompetency(framework, original, `${original}-renamed`, published)
            : framework;
          const id = renamedFirst ? `${original}-renamed` : original;
          const after = removeCompetency(before, id);
          expect(competencyReferences(after)).not.toContain(id);
          expect(validateFrameworkData(after).errors).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
