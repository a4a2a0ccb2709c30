import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../test/default-framework.ts";
import { buildProfile } from "../../test/factories.ts";
import { findPaths } from "./paths/find-paths.ts";
import { placeEntry } from "./placement/place-entry.ts";
import type { Background, CareerPath } from "./types.ts";

const framework = loadDefaultFramework();
const roleTitles = framework.roles.map((role) => role.title);
const competencyWords = framework.competencies.map((c) => c.name.toLowerCase().split(" ")[0] ?? "");

const seniorStrongInStrategy = buildProfile({
  framework,
  levels: {
    execution: 4,
    "product-thinking": 4,
    prioritisation: 4,
    outcomes: 4,
    "technical-fluency": 3,
    communication: 4,
    influence: 4,
    strategy: 5,
    "systems-thinking": 4,
    ambiguity: 4,
    "people-leadership": 2,
    "org-design": 1,
    "business-acumen": 3,
  },
});

const newGraduate: Background = {
  yearsExperience: 0,
  yearsInProductAdjacent: 0,
  domainExpertise: false,
  startupExperience: false,
  peopleLeadership: false,
  newGraduate: true,
};

const careerChanger: Background = {
  yearsExperience: 6,
  yearsInProductAdjacent: 1,
  domainExpertise: true,
  startupExperience: false,
  peopleLeadership: true,
};

function namesRoleOrCompetency(reason: string): boolean {
  const lower = reason.toLowerCase();
  return (
    roleTitles.some((title) => reason.includes(title)) ||
    competencyWords.some((word) => word.length > 3 && lower.includes(word))
  );
}

function expectExplained(paths: CareerPath[]) {
  expect(paths.length).toBeGreaterThan(0);
  for (const path of paths) {
    expect(namesRoleOrCompetency(path.reason)).toBe(true);
    for (const step of path.steps) {
      expect(namesRoleOrCompetency(step.reason)).toBe(true);
      expect(step.reason).not.toMatch(/\b(late|behind|deadline)\b/i);
    }
  }
}

describe("career scenarios on the default framework", () => {
  it("shows a Senior PM who is strong in strategy and prefers not to manage the IC route first", () => {
    const paths = findPaths(framework, {
      from: "senior-pm",
      profile: seniorStrongInStrategy,
      preferences: { tracks: ["ic"], avoidRoles: [], targetRoles: [] },
    });
    const first = paths[0];
    expect(first?.target).toBe("principal-pm");
    expect(first?.steps.map((step) => step.kind)).toEqual(["track-switch"]);
    expect(first?.steps[0]?.reason).toContain("Principal Product Manager");
    expectExplained(paths);
  });

  it("ranks the IC route above the management route for that Senior PM even towards leadership roles", () => {
    const paths = findPaths(framework, {
      from: "senior-pm",
      profile: seniorStrongInStrategy,
      targets: ["principal-pm", "group-pm"],
      preferences: { tracks: ["ic"], avoidRoles: [], targetRoles: [] },
    });
    const principal = paths.findIndex((path) => path.target === "principal-pm");
    const group = paths.findIndex((path) => path.target === "group-pm");
    expect(principal).toBeLessThan(group);
  });

  it("does not place a career changer with domain expertise and adjacent leadership at APM", () => {
    const placement = placeEntry(framework, careerChanger);
    const roles = placement.recommended.map((entry) => entry.roleId);
    expect(roles).not.toContain("apm");
    expect(roles).toEqual(["pm"]);
    expect(placement.recommended[0]?.reason).toContain("Product Manager");
    expect(placement.recommended[0]?.reason).toContain("domain expertise");
  });

  it("places a new graduate at APM", () => {
    const placement = placeEntry(framework, newGraduate);
    expect(placement.recommended.map((entry) => entry.roleId)).toEqual(["apm"]);
    expect(placement.recommended[0]?.reason).toContain("Associate Product Manager");
    for (const route of placement.considered) expect(route.reason.length).toBeGreaterThan(20);
  });

  it("starts a newcomer's paths at the recommended entry role", () => {
    const paths = findPaths(framework, {
      from: null,
      profile: buildProfile({ framework }),
      background: careerChanger,
      maxSteps: 2,
    });
    expect(
      paths.every((path) => path.steps[0]?.kind === "entry" && path.steps[0]?.to === "pm"),
    ).toBe(true);
    expectExplained(paths);
  });

  it("explains every path from every role in terms of roles and competencies", () => {
    for (const role of framework.roles) {
      const paths = findPaths(framework, {
        from: role.id,
        profile: seniorStrongInStrategy,
        maxSteps: 2,
      });
      if (paths.length > 0) expectExplained(paths);
    }
  });
});
