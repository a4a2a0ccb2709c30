import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../test/default-framework.ts";
import { buildFramework } from "../../test/factories.ts";
import type { Framework } from "../framework/schema.ts";
import { buildDemoOrganisation } from "./build-demo-organisation.ts";
import { demoPassword } from "./demo-logins.ts";
import type { DemoOrganisation } from "./demo-types.ts";

const framework = loadDefaultFramework();
const now = new Date("2026-06-01T08:00:00.000Z");
const demo = buildDemoOrganisation({ framework, now });

function managerChainEndsAtTop(org: DemoOrganisation): boolean {
  const byId = new Map(org.people.map((person) => [person.id, person]));
  return org.people.every((person) => {
    const seen = new Set<string>();
    let current = person;
    while (current.managerId) {
      if (seen.has(current.id)) return false;
      seen.add(current.id);
      const manager = byId.get(current.managerId);
      if (!manager) return false;
      current = manager;
    }
    return true;
  });
}

function checkInvariants(org: DemoOrganisation, source: Framework): void {
  const competencies = new Set(source.competencies.map((competency) => competency.id));
  const levels = source.scale.map((step) => step.level);
  expect(new Set(org.people.map((person) => person.roleId))).toEqual(
    new Set(source.roles.map((role) => role.id)),
  );
  expect(org.people.filter((person) => person.managerId === null)).toHaveLength(1);
  expect(managerChainEndsAtTop(org)).toBe(true);
  const dates = new Map<string, Set<string>>();
  for (const assessment of org.assessments) {
    if (assessment.submittedAt === null) continue;
    const seen = dates.get(assessment.personId) ?? new Set<string>();
    seen.add(assessment.submittedAt.slice(0, 10));
    dates.set(assessment.personId, seen);
  }
  expect(org.people.filter((person) => (dates.get(person.id)?.size ?? 0) < 2)).toEqual([]);
  const offScale = org.assessments
    .flatMap((assessment) => assessment.ratings)
    .filter(
      (rating) =>
        !competencies.has(rating.competency) ||
        !Number.isInteger(rating.level) ||
        rating.level < Math.min(...levels) ||
        rating.level > Math.max(...levels),
    );
  expect(offScale).toEqual([]);
}

describe("buildDemoOrganisation", () => {
  it("builds the same organisation from the same seed and date", () => {
    expect(buildDemoOrganisation({ framework, now })).toEqual(demo);
  });

  it("builds different people from another seed", () => {
    const other = buildDemoOrganisation({ framework, now, seed: 99 });
    expect(other.people.map((person) => person.name)).not.toEqual(
      demo.people.map((person) => person.name),
    );
  });

  it("has at least sixty people with distinct emails at example.com", () => {
    expect(demo.people.length).toBeGreaterThanOrEqual(60);
    const emails = demo.people.map((person) => person.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.every((email) => /^[a-z.]+@example\.com$/.test(email))).toBe(true);
  });

  it("fills every role, gives all but the top a manager, and has no manager cycles", () => {
    checkInvariants(demo, framework);
  });

  it("keeps every manager's span of control within the framework's healthy maximum", () => {
    const reports = new Map<string, number>();
    for (const person of demo.people) {
      if (person.managerId) reports.set(person.managerId, (reports.get(person.managerId) ?? 0) + 1);
    }
    expect(Math.max(...reports.values())).toBeLessThanOrEqual(framework.spanOfControl?.max ?? 8);
  });

  it("dates every submitted assessment within about two years before now", () => {
    const earliest = new Date("2024-05-01T00:00:00.000Z").toISOString();
    for (const assessment of demo.assessments) {
      const at = assessment.submittedAt ?? assessment.createdAt;
      expect(at < now.toISOString() && at > earliest).toBe(true);
    }
  });

  it("shows growth: manager ratings rise from the earliest round to the latest", () => {
    const managerLevels = (from: string, to: string) => {
      const levels = demo.assessments
        .filter((a) => a.raterKind === "manager" && a.submittedAt !== null)
        .filter((a) => (a.submittedAt ?? "") >= from && (a.submittedAt ?? "") < to)
        .flatMap((a) => a.ratings.map((rating) => rating.level));
      return levels.reduce((sum, level) => sum + level, 0) / levels.length;
    };
    expect(managerLevels("2026-01-01", "2026-06-01")).toBeGreaterThan(
      managerLevels("2024-06-01", "2025-06-01") + 0.2,
    );
  });

  it("has people whose self-ratings are more generous than their manager's", () => {
    const generous = demo.people.filter((person) => {
      const mean = (kind: string) => {
        const levels = demo.assessments
          .filter((a) => a.personId === person.id && a.raterKind === kind && a.submittedAt)
          .flatMap((a) => a.ratings.map((rating) => rating.level));
        return levels.reduce((sum, level) => sum + level, 0) / Math.max(1, levels.length);
      };
      return mean("self") > mean("manager") + 0.4 && person.managerId !== null;
    });
    expect(generous.length).toBeGreaterThanOrEqual(5);
  });

  it("leaves a few self-assessments in draft and links ratings to earlier, own evidence", () => {
    const drafts = demo.assessments.filter((a) => a.submittedAt === null);
    expect(drafts.length).toBeGreaterThanOrEqual(3);
    expect(drafts.every((a) => a.raterKind === "self")).toBe(true);
    const evidence = new Map(demo.evidence.map((entry) => [entry.id, entry]));
    const linked = demo.assessments.flatMap((assessment) =>
      assessment.ratings.flatMap((rating) =>
        (rating.evidence ?? []).map((id) => ({ assessment, entry: evidence.get(id) })),
      ),
    );
    expect(linked.length).toBeGreaterThan(20);
    for (const { assessment, entry } of linked) {
      expect(entry?.personId).toBe(assessment.personId);
      expect((entry?.date ?? "9999") <= (assessment.submittedAt ?? assessment.createdAt)).toBe(
        true,
      );
    }
  });

  it("logs evidence with outcomes, known competencies and every visibility", () => {
    const competencies = new Set(framework.competencies.map((competency) => competency.id));
    expect(demo.evidence.every((entry) => entry.outcome && /\d/.test(entry.outcome))).toBe(true);
    expect(
      demo.evidence.every((entry) => entry.competencies.every((c) => competencies.has(c))),
    ).toBe(true);
    expect(new Set(demo.evidence.map((entry) => entry.visibility))).toEqual(
      new Set(["private", "manager", "org"]),
    );
  });

  it("gives twenty people a growth plan towards a framework role, with check-ins before now", () => {
    const roles = new Set(framework.roles.map((role) => role.id));
    expect(demo.growthPlans).toHaveLength(20);
    for (const plan of demo.growthPlans) {
      expect(roles.has(plan.targetRoleId)).toBe(true);
      expect(plan.focusCompetencies.length).toBeGreaterThan(0);
      expect(plan.goals.length).toBe(plan.focusCompetencies.length);
      expect(plan.checkIns.every((checkIn) => checkIn.date <= "2026-06-01")).toBe(true);
    }
    expect(demo.growthPlans.filter((plan) => plan.checkIns.length >= 2).length).toBeGreaterThan(5);
  });

  it("covers varied aspirations: IC, adjacent targets and what success means", () => {
    const preferences = demo.people.flatMap((person) => person.preferences ?? []);
    expect(preferences.some((p) => p.tracks[0] === "ic")).toBe(true);
    expect(preferences.some((p) => p.tracks[0] === "adjacent")).toBe(true);
    expect(preferences.some((p) => p.avoidRoles.includes("group-pm"))).toBe(true);
    expect(preferences.filter((p) => p.successMeans).length).toBeGreaterThanOrEqual(10);
  });

  it("records promotions in role history that end in each person's current role", () => {
    for (const person of demo.people) {
      const stints = demo.roleHistory.filter((entry) => entry.personId === person.id);
      expect(stints[stints.length - 1]).toMatchObject({ roleId: person.roleId, to: null });
      stints.slice(1).forEach((stint, index) => {
        expect(stint.from).toBe(stints[index]?.to);
      });
    }
    expect(demo.roleHistory.length).toBeGreaterThan(demo.people.length + 20);
  });

  it("opens feedback requests addressed to a colleague rather than the person", () => {
    expect(demo.feedbackRequests.length).toBeGreaterThanOrEqual(3);
    for (const request of demo.feedbackRequests) {
      expect(request.addresseeId).not.toBe(request.personId);
      expect(request.competencies.length).toBeGreaterThan(0);
    }
  });

  it("offers an owner at the top, a manager with reports and a PM, all with the demo password", () => {
    const [owner, manager, member] = demo.logins;
    const person = (id: string | undefined) => demo.people.find((p) => p.id === id);
    expect(person(owner?.personId)?.managerId).toBeNull();
    expect(owner?.orgRole).toBe("owner");
    expect(person(manager?.personId)?.roleId).toBe("group-pm");
    expect(person(member?.personId)?.roleId).toBe("pm");
    expect(person(member?.personId)?.managerId).toBe(manager?.personId);
    expect(demo.logins.every((login) => login.password === demoPassword)).toBe(true);
    expect(demo.growthPlans.some((plan) => plan.personId === member?.personId)).toBe(true);
  });

  it("keeps its invariants for any seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        checkInvariants(buildDemoOrganisation({ framework, now, seed }), framework);
      }),
      { numRuns: 12 },
    );
  });

  it("fills every role of a smaller framework too", () => {
    const small = buildFramework();
    checkInvariants(buildDemoOrganisation({ framework: small, now }), small);
  });

  it("explains a missing date instead of building a dateless history", () => {
    expect(() => buildDemoOrganisation({ framework, now: new Date("not a date") })).toThrow(
      /valid `now` date/,
    );
  });
});
