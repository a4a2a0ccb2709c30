import { describe, expect, it } from "vitest";
import { countsYears, extraConditions, withFact } from "./background-conditions.ts";

describe("background conditions in the editor", () => {
  it("tells facts counted in years from yes/no facts", () => {
    expect(countsYears("yearsInProductAdjacent")).toBe(true);
    expect(countsYears("startupExperience")).toBe(false);
  });

  it("drops year bounds when a condition moves to a yes/no fact", () => {
    expect(withFact({ fact: "yearsInProduct", atLeast: 3 }, "bootcamp")).toEqual({
      fact: "bootcamp",
    });
  });

  it("keeps year bounds when a condition moves to another count of years", () => {
    expect(withFact({ fact: "yearsInProduct", atLeast: 3, atMost: 6 }, "yearsExperience")).toEqual({
      fact: "yearsExperience",
      atLeast: 3,
      atMost: 6,
    });
  });

  it("leaves out a role's extra conditions once none are left", () => {
    expect(extraConditions({ all: [], any: [] })).toBeUndefined();
    const set = { all: [], any: [{ fact: "bootcamp" as const }] };
    expect(extraConditions(set)).toBe(set);
  });
});
