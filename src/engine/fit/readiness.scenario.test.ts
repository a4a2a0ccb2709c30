import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { buildAssessment } from "../../../test/factories.ts";
import { aggregateProfile } from "../profile/aggregate-profile.ts";
import { roleFit } from "./role-fit.ts";
import { roleFits } from "./role-fits.ts";

const framework = loadDefaultFramework();
const version = framework.version;

function expectationsOf(roleId: string): Record<string, number> {
  const role = framework.roles.find((candidate) => candidate.id === roleId);
  if (!role) throw new Error(`no role ${roleId} in the default framework`);
  const levels: Record<string, number> = {};
  for (const { id } of framework.competencies) levels[id] = Math.max(1, role.expectations[id] ?? 1);
  return levels;
}

function rated(kind: "self" | "manager", levels: Record<string, number>) {
  return buildAssessment({
    raterKind: kind,
    raterId: kind === "self" ? "person-1" : "manager-1",
    frameworkVersion: version,
    levels,
  });
}

describe("readiness that says how sure it is", () => {
  it("calls a PM one level short on strategy and influence close to Senior PM, naming both", () => {
    const levels = expectationsOf("senior-pm");
    levels.strategy = (levels.strategy ?? 2) - 1;
    levels.influence = (levels.influence ?? 2) - 1;
    const profile = aggregateProfile(framework, "person-1", [
      rated("self", levels),
      rated("manager", levels),
    ]);
    expect(roleFit(framework, profile, "pm").readiness).toBe("ready");
    const fit = roleFit(framework, profile, "senior-pm");
    expect(fit.readiness).toBe("close");
    expect(fit.reason).toMatch(/^Close to Senior Product Manager: /);
    expect(fit.reason).toMatch(/strategy/i);
    expect(fit.reason).toMatch(/influence/i);
    expect(fit.reason).toContain("one level short");
  });

  it("never gives a self-assessed PM an unqualified Ready for Senior PM", () => {
    const profile = aggregateProfile(framework, "person-1", [
      rated("self", expectationsOf("senior-pm")),
    ]);
    const fit = roleFit(framework, profile, "senior-pm");
    expect(fit.lowConfidence).toBe(true);
    expect(fit.reason).not.toMatch(/^Ready for/);
    expect(fit.reason).toContain("self-assessment alone");
    expect(fit.reason).toMatch(/manager and a peer/);
  });

  it("names every competency where self and manager are a level and a half apart, with both views", () => {
    const manager = expectationsOf("pm");
    const self = { ...manager };
    const apart = ["strategy", "influence", "execution", "communication"];
    for (const id of apart) self[id] = (manager[id] ?? 1) + 1.5;
    const profile = aggregateProfile(framework, "person-1", [
      rated("self", self),
      rated("manager", manager),
    ]);
    const fit = roleFit(framework, profile, "pm");
    expect(fit.lowConfidence).toBe(true);
    for (const id of apart) {
      const name = framework.competencies.find((c) => c.id === id)?.name ?? id;
      expect(fit.reason.toLowerCase()).toContain(name.toLowerCase());
    }
    expect(fit.reason.match(/self \d(\.\d)?, manager \d(\.\d)?/g)).toHaveLength(apart.length);
    expect(fit.reason).not.toMatch(/^Ready for/);
  });

  it("fits a PM whose manager rates her 1.5 lower on four competencies by the weighted view", () => {
    const self = expectationsOf("pm");
    const manager = { ...self };
    const apart = ["strategy", "influence", "execution", "communication"];
    for (const id of apart) {
      self[id] = (self[id] ?? 1) + 0.5;
      manager[id] = (self[id] ?? 1) - 1.5;
    }
    const both = aggregateProfile(framework, "person-1", [
      rated("self", self),
      rated("manager", manager),
    ]);
    const selfAlone = roleFit(
      framework,
      aggregateProfile(framework, "person-1", [rated("self", self)]),
      "pm",
    );
    const fit = roleFit(framework, both, "pm");
    expect(selfAlone.fit).toBe(1);
    expect(fit.fit).toBeLessThan(selfAlone.fit);
    expect(fit.reason).not.toMatch(/^Ready for/);
    expect(fit.lowConfidence).toBe(true);
    for (const id of apart) {
      const gap = fit.gaps.find((candidate) => candidate.competency === id);
      // Manager 0.5 and self 0.3 of the weight: the level sits nearer the manager's view.
      const weighted = ((manager[id] ?? 0) * 0.5 + (self[id] ?? 0) * 0.3) / 0.8;
      expect(gap?.actual).toBeCloseTo(weighted, 6);
      expect(gap?.actual).toBeLessThan(self[id] ?? 0);
    }
  });

  it("keeps a verdict plain when manager and self agree", () => {
    const levels = expectationsOf("pm");
    const profile = aggregateProfile(framework, "person-1", [
      rated("self", levels),
      rated("manager", levels),
    ]);
    const fit = roleFit(framework, profile, "pm");
    expect(fit.lowConfidence).toBeUndefined();
    expect(fit.reason).toMatch(/^Ready for Product Manager/);
  });

  it("never calls a Senior PM's own role a stretch, and names the execution shortfall instead", () => {
    const levels = {
      ...expectationsOf("senior-pm"),
      strategy: 5,
      "systems-thinking": 4,
      execution: 2,
    };
    const profile = aggregateProfile(framework, "person-1", [
      rated("self", levels),
      rated("manager", levels),
    ]);
    const current = roleFits(framework, profile, {}, "senior-pm").find(
      (fit) => fit.roleId === "senior-pm",
    );
    expect(current?.readiness).not.toBe("stretch");
    expect(current?.reason).not.toMatch(/stretch/i);
    expect(current?.reason).toMatch(
      /execution[^,;]* is .* below expectation \(2 now, \d expected\)/i,
    );
  });
});
