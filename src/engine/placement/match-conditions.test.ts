import { describe, expect, it } from "vitest";
import type { Background } from "../types.ts";
import { matchConditions } from "./match-conditions.ts";

const changer: Background = {
  yearsExperience: 6,
  yearsInProductAdjacent: 1,
  domainExpertise: true,
  startupExperience: false,
  peopleLeadership: true,
};

describe("matchConditions", () => {
  it("holds when every `all` condition holds and there is no `any`", () => {
    const match = matchConditions(
      { all: [{ fact: "domainExpertise" }, { fact: "yearsExperience", atLeast: 5 }], any: [] },
      changer,
    );
    expect(match.matched).toBe(true);
    expect(match.met).toEqual(["domain expertise", "6 years of experience (needs at least 5)"]);
    expect(match.metFacts).toEqual(["domainExpertise", "yearsExperience"]);
  });

  it("fails when one `all` condition fails and names it", () => {
    const match = matchConditions(
      { all: [{ fact: "yearsInProductAdjacent", atLeast: 3 }], any: [] },
      changer,
    );
    expect(match.matched).toBe(false);
    expect(match.unmet).toEqual(["1 year in product-adjacent work (needs at least 3)"]);
  });

  it("needs at least one `any` condition when the list is not empty", () => {
    const none = matchConditions(
      { all: [], any: [{ fact: "newGraduate" }, { fact: "startupExperience" }] },
      changer,
    );
    expect(none.matched).toBe(false);
    expect(none.unmet[0]).toBe("it needs one of: graduating recently, startup experience");
    const one = matchConditions(
      { all: [], any: [{ fact: "startupExperience" }, { fact: "peopleLeadership" }] },
      changer,
    );
    expect(one.matched).toBe(true);
    expect(one.met).toEqual(["people leadership outside product"]);
  });

  it("names each fact behind the conditions that hold once", () => {
    const match = matchConditions(
      {
        all: [
          { fact: "yearsExperience", atLeast: 3 },
          { fact: "yearsExperience", atLeast: 5 },
        ],
        any: [{ fact: "peopleLeadership" }, { fact: "startupExperience" }],
      },
      changer,
    );
    expect(match.metFacts).toEqual(["yearsExperience", "peopleLeadership"]);
  });

  it("counts years as a product manager that were not given as none", () => {
    const match = matchConditions(
      { all: [{ fact: "yearsInProduct", atLeast: 2 }], any: [] },
      changer,
    );
    expect(match.matched).toBe(false);
    expect(match.unmet).toEqual(["0 years as a product manager (needs at least 2)"]);
  });

  it("treats a missing yes/no fact as not holding and checks upper bounds", () => {
    expect(matchConditions({ all: [{ fact: "bootcamp" }], any: [] }, changer).matched).toBe(false);
    expect(
      matchConditions({ all: [{ fact: "yearsExperience", atMost: 2 }], any: [] }, changer).matched,
    ).toBe(false);
  });

  it("holds for an empty or absent condition set", () => {
    expect(matchConditions(undefined, changer).matched).toBe(true);
    expect(matchConditions({ all: [], any: [] }, changer).matched).toBe(true);
  });
});
