import { describe, expect, it } from "vitest";
import { buildFramework, buildProfile } from "../../../test/factories.ts";
import type { Background } from "../types.ts";
import { placeEntry } from "./place-entry.ts";

const framework = buildFramework();
const graduate: Background = {
  yearsExperience: 0,
  yearsInProductAdjacent: 0,
  domainExpertise: false,
  startupExperience: false,
  peopleLeadership: false,
  newGraduate: true,
};
const leader: Background = {
  yearsExperience: 10,
  yearsInProductAdjacent: 4,
  domainExpertise: true,
  startupExperience: false,
  peopleLeadership: true,
};

describe("placeEntry", () => {
  it("places a new graduate at Associate PM through the new graduate route", () => {
    const placement = placeEntry(framework, graduate);
    expect(placement.recommended).toEqual([
      {
        roleId: "apm",
        routeId: "new-graduate",
        reason:
          "Enter at Associate Product Manager through the New graduate route because of graduating recently.",
      },
    ]);
    expect(placement.considered.map((route) => route.matched)).toEqual([true, false]);
  });

  it("recommends the most senior role whose own conditions hold", () => {
    const placement = placeEntry(framework, leader);
    expect(placement.recommended.map((entry) => entry.roleId)).toEqual(["senior-pm"]);
    expect(placement.recommended[0]?.reason).toContain("domain expertise");
    expect(placement.recommended[0]?.reason).toContain(
      "Deep domain expertise and people leadership carry over",
    );
  });

  it("falls back to the route's other role when the role's own conditions fail", () => {
    const placement = placeEntry(framework, { ...leader, peopleLeadership: false });
    expect(placement.recommended.map((entry) => entry.roleId)).toEqual(["pm"]);
  });

  it("with self-ratings, prefers the most senior role the profile is at least close to", () => {
    const pmLevel = buildProfile({
      levels: {
        "product-strategy": 2,
        execution: 3,
        "customer-insight": 3,
        influence: 2,
        "people-leadership": 1,
      },
    });
    const placement = placeEntry(framework, leader, pmLevel);
    expect(placement.recommended.map((entry) => entry.roleId)).toEqual(["pm"]);
    expect(placement.recommended[0]?.reason).toContain(
      "your self-ratings are ready to Product Manager",
    );
  });

  it("starts at the most junior matched role when self-ratings are close to none", () => {
    const early = buildProfile({ levels: { execution: 1 } });
    const placement = placeEntry(framework, leader, early);
    expect(placement.recommended.map((entry) => entry.roleId)).toEqual(["pm"]);
    expect(placement.recommended[0]?.reason).toContain("not yet close to Senior Product Manager");
  });

  it("ignores a profile with no ratings at all", () => {
    const placement = placeEntry(framework, leader, buildProfile({}));
    expect(placement.recommended.map((entry) => entry.roleId)).toEqual(["senior-pm"]);
  });

  it("says why each route did or did not match", () => {
    const placement = placeEntry(framework, graduate);
    expect(placement.considered[1]?.reason).toBe(
      "The Career changer route does not match: 0 years in product-adjacent work (needs at least 2).",
    );
  });

  it("explains when nothing matches", () => {
    const placement = placeEntry(framework, { ...graduate, newGraduate: false });
    expect(placement.recommended).toEqual([]);
    expect(placement.reason).toContain("No entry route matches");
  });

  it("gives the same answer whatever the order of the entry routes", () => {
    const reversed = buildFramework({
      entryRoutes: [...(buildFramework().entryRoutes ?? [])].reverse(),
    });
    expect(placeEntry(reversed, leader).recommended).toEqual(
      placeEntry(framework, leader).recommended,
    );
  });
});
