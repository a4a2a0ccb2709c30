import { describe, expect, it } from "vitest";
import { buildFramework } from "./factories.ts";
import { syntheticOrg } from "./synthetic-org.ts";

describe("syntheticOrg", () => {
  const framework = buildFramework();

  it("generates the same organisation from the same seed", () => {
    expect(syntheticOrg({ framework, people: 50, seed: 4 })).toEqual(
      syntheticOrg({ framework, people: 50, seed: 4 }),
    );
  });

  it("gives everyone but the top a manager, a team and several assessments over time", () => {
    const org = syntheticOrg({ framework, people: 50, seed: 4 });
    expect(org.people.filter((person) => person.managerId === null)).toHaveLength(1);
    expect(org.people.every((person) => person.team !== null && person.roleId !== null)).toBe(true);
    const submitted = org.assessments.filter((a) => a.submittedAt !== null && a.personId === "p20");
    expect(new Set(submitted.map((a) => a.submittedAt?.slice(0, 7))).size).toBeGreaterThan(1);
    expect(new Set(submitted.map((a) => a.raterKind))).toEqual(
      new Set(["self", "manager", "peer"]),
    );
  });
});
