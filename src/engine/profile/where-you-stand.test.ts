import { describe, expect, it } from "vitest";
import { buildFramework, buildProfile } from "../../../test/factories.ts";
import { roleFits } from "../fit/role-fits.ts";
import { whereYouStand } from "./where-you-stand.ts";

const framework = buildFramework();

function standFor(levels: Record<string, number | null>) {
  const profile = buildProfile({ levels });
  return whereYouStand(framework, profile, roleFits(framework, profile));
}

describe("whereYouStand", () => {
  it("never names a role at or below the one held as the next on the person's own track", () => {
    const profile = buildProfile({ levels: { "product-strategy": 1, execution: 1 } });
    const fits = roleFits(framework, profile, {}, "senior-pm");
    const management = whereYouStand(framework, profile, fits, "senior-pm").tracks.find(
      (standing) => standing.track === "management",
    );
    const nextRank = framework.roles.find((role) => role.id === management?.next)?.rank ?? 0;
    const heldRank = framework.roles.find((role) => role.id === "senior-pm")?.rank ?? 0;
    expect(nextRank).toBeGreaterThan(heldRank);
  });

  it("names the highest ready role per track and the next one up", () => {
    const standing = standFor({
      "product-strategy": 2,
      execution: 3,
      "customer-insight": 3,
      influence: 2,
      "people-leadership": 1,
    });
    expect(standing.tracks).toEqual([
      {
        track: "management",
        highestReady: {
          roleId: "pm",
          reason: "Ready for Product Manager: every expectation is met.",
        },
        next: "senior-pm",
      },
      { track: "ic", highestReady: null, next: "principal-pm" },
      { track: "adjacent", highestReady: null, next: "product-marketing-manager" },
    ]);
    expect(standing.summary).toBe(
      "An even profile: product strategy, execution, customer insight, stakeholder influence and people leadership at Product Manager level. Ready for Product Manager (management ladder).",
    );
  });

  it("describes an uneven profile competency by competency", () => {
    const standing = standFor({
      "product-strategy": 3,
      execution: 3,
      "customer-insight": 3,
      influence: 2,
      "people-leadership": null,
    });
    const strategy = standing.competencies[0];
    expect(strategy).toEqual({
      competency: "product-strategy",
      level: 3,
      matchesRole: "senior-pm",
      reason:
        "Product strategy at 3 meets what Senior Product Manager expects (3); Group Product Manager expects 4.",
    });
    expect(standing.competencies[4]?.matchesRole).toBeNull();
    expect(standing.competencies[4]?.reason).toBe(
      "People leadership is not rated yet, so it matches no role level.",
    );
    expect(standing.summary).toBe(
      "An uneven profile: product strategy at Senior Product Manager level, execution, customer insight and stakeholder influence at Product Manager level. No role has every expectation met yet; people leadership is not rated yet.",
    );
  });

  it("names the role nearest the person's standing when several roles expect the same level", () => {
    const standing = standFor({
      "product-strategy": 3,
      execution: 4,
      "customer-insight": 3,
      influence: 3,
      "people-leadership": 2,
    });
    // Senior and Group both expect execution 4; the person is ready for Senior.
    expect(standing.competencies[1]).toMatchObject({
      matchesRole: "senior-pm",
      reason: "Execution at 4 meets what Senior Product Manager expects (4).",
    });
    expect(standing.competencies[0]?.reason).toBe(
      "Product strategy at 3 meets what Senior Product Manager expects (3); Group Product Manager expects 4.",
    );
  });

  it("calls a profile even when every rated competency matches the same role", () => {
    expect(standFor({ "product-strategy": 2, execution: 3.5 }).summary).toBe(
      "An even profile: product strategy and execution at Product Manager level. No role has every expectation met yet; customer insight, stakeholder influence and people leadership are not rated yet.",
    );
  });

  it("says when a level is still growing towards the first role's expectation", () => {
    const standing = standFor({ execution: 1 });
    expect(standing.competencies[1]).toMatchObject({
      matchesRole: null,
      reason: "Execution at 1 is still growing towards what Associate Product Manager expects (2).",
    });
    expect(standing.summary).toContain(
      "execution still growing towards the first management level",
    );
  });

  it("keeps the top role's next empty when the profile is ready for it", () => {
    const standing = standFor({
      "product-strategy": 5,
      execution: 5,
      "customer-insight": 5,
      influence: 5,
      "people-leadership": 5,
    });
    expect(standing.tracks[0]).toMatchObject({ highestReady: { roleId: "group-pm" }, next: null });
    expect(standing.summary).toContain(
      "Ready for Group Product Manager (management ladder), Principal Product Manager (individual contributor track) and Product Marketing Manager (product-adjacent roles)",
    );
  });

  it("says nothing shows when nothing is rated", () => {
    expect(standFor({}).summary).toBe(
      "Nothing is rated yet, so no shape shows. No role has every expectation met yet; product strategy, execution, customer insight and two more are not rated yet.",
    );
  });
});
