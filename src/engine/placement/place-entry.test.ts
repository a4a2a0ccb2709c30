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
        reason: "Associate Product Manager fits your background best: a recent degree.",
      },
    ]);
    expect(placement.options).toEqual(placement.recommended);
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

  it("offers the level below the placement as a second, gentler option", () => {
    const placement = placeEntry(framework, leader);
    expect(placement.options.map((option) => option.roleId)).toEqual(["senior-pm", "pm"]);
    expect(placement.options[1]?.reason).toContain("gentler start than Senior Product Manager");
  });

  it("keeps a strong background's placement when self-ratings are modestly below it", () => {
    const modest = buildProfile({
      levels: { "product-strategy": 2, execution: 3, "customer-insight": 3, influence: 2 },
    });
    const placement = placeEntry(framework, leader, modest);
    expect(placement.options.map((option) => option.roleId)).toEqual(["senior-pm", "pm"]);
    expect(placement.recommended[0]?.reason).toMatch(/what to build|suggest building/);
    expect(placement.reason).toContain("Self-ratings are one view");
  });

  it("moves the placement one level down only when self-ratings sit far below it", () => {
    const early = buildProfile({
      levels: { "product-strategy": 1, execution: 1, "customer-insight": 1, influence: 1 },
    });
    const placement = placeEntry(framework, leader, early);
    expect(placement.options.map((option) => option.roleId)).toEqual(["pm", "senior-pm"]);
    expect(placement.options[1]?.reason).toContain("where your background alone points");
    expect(placement.options[1]?.reason).toContain("below what it expects on average");
  });

  it("ignores a profile with no ratings at all", () => {
    const placement = placeEntry(framework, leader, buildProfile({}));
    expect(placement.recommended.map((entry) => entry.roleId)).toEqual(["senior-pm"]);
  });

  it("says why each route did or did not match", () => {
    const placement = placeEntry(framework, graduate);
    expect(placement.considered[1]?.reason).toBe(
      "The Career changer route does not fit: 0 years in product-adjacent work (needs at least 2).",
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
