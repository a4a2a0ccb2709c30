import { describe, expect, it } from "vitest";
import { buildFramework, buildProfile } from "../../../test/factories.ts";
import { roleFits } from "../fit/role-fits.ts";
import { findPaths } from "./find-paths.ts";
import { transitionCosts } from "./path-costs.ts";

const framework = buildFramework();
const seniorStrongInStrategy = buildProfile({
  levels: {
    "product-strategy": 5,
    execution: 4,
    "customer-insight": 4,
    influence: 4,
    "people-leadership": 2,
  },
});
const icFirst = { tracks: ["ic" as const], avoidRoles: [], targetRoles: [] };

describe("findPaths", () => {
  it("ranks paths from 1, and the routes to one destination closest first", () => {
    const paths = findPaths(framework, { from: "senior-pm", profile: seniorStrongInStrategy });
    expect(paths.map((path) => path.rank)).toEqual(paths.map((_, index) => index + 1));
    const lastCost = new Map<string, number>();
    for (const path of paths) {
      expect(path.cost).toBeGreaterThanOrEqual(lastCost.get(path.target) ?? 0);
      lastCost.set(path.target, path.cost);
    }
  });

  it("costs a step as its base cost plus the weighted gaps still to close at its role", () => {
    const [path] = findPaths(framework, {
      from: "senior-pm",
      profile: seniorStrongInStrategy,
      targets: ["group-pm"],
    });
    // Group PM: people leadership (mandatory, weight 2) is two levels short: 2 * 2 = 4.
    expect(path?.steps).toHaveLength(1);
    expect(path?.cost).toBe(transitionCosts.promotion + 4);
  });

  it("ranks the IC path first when the person prefers the IC track", () => {
    const paths = findPaths(framework, {
      from: "senior-pm",
      profile: seniorStrongInStrategy,
      preferences: icFirst,
    });
    expect(paths[0]?.target).toBe("principal-pm");
    expect(paths[0]?.steps[0]?.kind).toBe("track-switch");
    expect(paths[0]?.reason).toContain("because you prefer the Individual contributor track");
    const management = paths.find((path) => path.target === "group-pm");
    expect(management?.reason).toContain("a track you did not list as preferred");
  });

  it("never shows a role the person wants to avoid", () => {
    const paths = findPaths(framework, {
      from: "pm",
      profile: seniorStrongInStrategy,
      preferences: { tracks: [], avoidRoles: ["group-pm"], targetRoles: [] },
    });
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.steps.map((step) => step.to)).not.toContain("group-pm");
    }
  });

  it("offers a skip only when the profile is already ready or close for the higher role", () => {
    const weak = buildProfile({
      levels: {
        "product-strategy": 2,
        execution: 3,
        "customer-insight": 3,
        influence: 2,
        "people-leadership": 1,
      },
    });
    const weakPaths = findPaths(framework, { from: "pm", profile: weak, targets: ["group-pm"] });
    expect(weakPaths.flatMap((path) => path.steps).some((step) => step.kind === "skip")).toBe(
      false,
    );

    const strong = buildProfile({
      levels: {
        "product-strategy": 4,
        execution: 4,
        "customer-insight": 4,
        influence: 4,
        "people-leadership": 4,
      },
    });
    const strongPaths = findPaths(framework, {
      from: "pm",
      profile: strong,
      targets: ["group-pm"],
    });
    const skip = strongPaths.flatMap((path) => path.steps).find((step) => step.kind === "skip");
    expect(skip?.reason).toContain("offered because your profile is already ready");
    expect(skip?.reason).toContain("Group Product Manager");
  });

  it("keeps at most k paths per target", () => {
    const paths = findPaths(framework, {
      from: "apm",
      profile: seniorStrongInStrategy,
      targets: ["principal-pm"],
      k: 2,
    });
    expect(paths).toHaveLength(2);
    expect(paths.every((path) => path.target === "principal-pm")).toBe(true);
  });

  it("reaches only roles within maxSteps when no targets are given", () => {
    const paths = findPaths(framework, {
      from: "apm",
      profile: seniorStrongInStrategy,
      maxSteps: 1,
    });
    expect(new Set(paths.map((path) => path.target))).toEqual(new Set(["pm"]));
  });

  it("explains each step with the roles, the kind of move and what is left to grow", () => {
    const paths = findPaths(framework, {
      from: "apm",
      profile: buildProfile({ levels: { execution: 2 } }),
      targets: ["pm"],
    });
    const step = paths[0]?.steps[0];
    expect(step?.reason).toMatch(/^Promotion from Associate Product Manager to Product Manager/);
    expect(step?.reason).toContain("execution (2 now, 3 expected)");
    expect(step?.reason).toContain("not yet rated");
    expect(step?.reason).toContain("often takes 1–3 years, but timing varies");
    expect(paths[0]?.reason).toContain("Product Manager");
  });

  it("counts an unrated competency as a small uncertainty cost, not as a zero level", () => {
    const unrated = findPaths(framework, {
      from: "apm",
      profile: buildProfile({}),
      targets: ["pm"],
    });
    // Five unknown expectations at 0.25 each on top of the promotion.
    expect(unrated[0]?.cost).toBe(transitionCosts.promotion + 5 * 0.25);
  });

  it("starts from outside through the entry routes that match the background", () => {
    const paths = findPaths(framework, {
      from: null,
      profile: buildProfile({}),
      background: {
        yearsExperience: 0,
        yearsInProductAdjacent: 0,
        domainExpertise: false,
        startupExperience: false,
        peopleLeadership: false,
        newGraduate: true,
      },
      maxSteps: 1,
    });
    expect(paths.map((path) => path.target)).toEqual(["apm"]);
    expect(paths[0]?.steps[0]?.kind).toBe("entry");
    expect(paths[0]?.steps[0]?.reason).toContain("through the New graduate route");
  });

  it("uses the fits it is given instead of recomputing them", () => {
    const fits = roleFits(framework, seniorStrongInStrategy);
    const given = findPaths(framework, {
      from: "senior-pm",
      profile: seniorStrongInStrategy,
      fits,
    });
    const computed = findPaths(framework, { from: "senior-pm", profile: seniorStrongInStrategy });
    expect(given).toEqual(computed);
  });

  it("refuses an unknown role or a bad limit with a clear message", () => {
    const profile = seniorStrongInStrategy;
    expect(() => findPaths(framework, { from: "senior-pn", profile })).toThrow(
      /Unknown role "senior-pn"/,
    );
    expect(() => findPaths(framework, { from: "pm", profile, targets: ["cpo"] })).toThrow(
      /Unknown role "cpo"/,
    );
    expect(() => findPaths(framework, { from: "pm", profile, maxSteps: 0 })).toThrow(/maxSteps/);
    expect(() => findPaths(framework, { from: "pm", profile, k: 1.5 })).toThrow(
      /k \(paths per target\)/,
    );
  });
});

describe("findPaths preferences", () => {
  it("discounts steps onto a preferred track and raises steps onto other tracks", () => {
    const profile = seniorStrongInStrategy;
    const open = findPaths(framework, { from: "senior-pm", profile, maxSteps: 1 });
    const ic = findPaths(framework, {
      from: "senior-pm",
      profile,
      maxSteps: 1,
      preferences: icFirst,
    });
    const cost = (paths: typeof open, target: string) =>
      paths.find((path) => path.target === target)?.cost ?? Number.NaN;
    expect(cost(ic, "principal-pm")).toBeLessThan(cost(open, "principal-pm"));
    expect(cost(ic, "group-pm")).toBeGreaterThan(cost(open, "group-pm"));
  });
});
