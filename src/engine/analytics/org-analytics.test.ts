import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { buildAssessment, buildFramework, buildPerson } from "../../../test/factories.ts";
import { seededRandom, syntheticOrg } from "../../../test/synthetic-org.ts";
import { roleFit } from "../fit/role-fit.ts";
import { aggregateProfile } from "../profile/aggregate-profile.ts";
import type { Assessment, Evidence, Person } from "../types.ts";
import { isBenchMove } from "./bench-strength.ts";
import { orgAnalytics } from "./org-analytics.ts";

const framework = loadDefaultFramework();

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function evidenceFor(assessments: readonly Assessment[]): Evidence[] {
  const ids = new Set(assessments.flatMap((a) => a.ratings.flatMap((r) => r.evidence ?? [])));
  return [...ids].map((id) => ({
    id,
    personId: id.slice(1).split("-")[0] ? `p${id.slice(1).split("-")[0]}` : "nobody",
    date: "2026-01-01",
    title: "Shipped a thing",
    competencies: [],
    visibility: "org" as const,
  }));
}

describe("orgAnalytics agrees with aggregateProfile and roleFit", () => {
  const org = syntheticOrg({ framework, people: 60, seed: 11, rounds: 3 });
  // One person with more raters than the fast path keeps slots for, rated out of order.
  const crowd = Array.from({ length: 20 }, (_, i) =>
    buildAssessment({
      personId: "p5",
      raterId: `outside-${i}`,
      raterKind: "peer",
      frameworkVersion: framework.version,
      levels: { strategy: 1 + (i % 5), execution: 5 - (i % 3) },
    }),
  );
  const assessments = shuffle([...org.assessments, ...crowd], 3);
  const evidence = evidenceFor(assessments);
  const analytics = orgAnalytics(framework, { people: org.people, assessments, evidence });
  const profiles = new Map(
    org.people.map((person) => [
      person.id,
      aggregateProfile(framework, person.id, assessments, evidence),
    ]),
  );

  it("computes the same mean per team and competency as the aggregated profiles", () => {
    for (const team of analytics.heatmap) {
      const members = org.people.filter((person) => person.team === team.team);
      for (const cell of team.competencies) {
        const known = members
          .map((person) => profiles.get(person.id)?.competencies[cell.competency]?.level ?? null)
          .filter((level): level is number => level !== null);
        expect(cell.count).toBe(known.length);
        if (known.length === 0) expect(cell.mean).toBeNull();
        else expect(cell.mean).toBeCloseTo(known.reduce((a, b) => a + b, 0) / known.length, 5);
      }
    }
  });

  it("finds the same people ready and close for every role as roleFit, among those it is a step up or across for", () => {
    const roles = new Map(framework.roles.map((role) => [role.id, role]));
    for (const bench of analytics.bench) {
      const ready: string[] = [];
      const close: string[] = [];
      const target = roles.get(bench.roleId);
      for (const person of org.people) {
        if (target && !isBenchMove(framework, person.roleId, target.id)) continue;
        const profile = profiles.get(person.id);
        if (!profile) continue;
        const fit = roleFit(framework, profile, bench.roleId);
        if (fit.readiness === "ready") ready.push(person.id);
        if (fit.readiness === "close") close.push(person.id);
      }
      expect(bench.readyPeople).toEqual(ready);
      expect(bench.closePeople).toEqual(close);
      expect(bench.ready + bench.close).toBeGreaterThanOrEqual(0);
    }
    expect(analytics.bench.some((bench) => bench.ready > 0)).toBe(true);
  });

  it("counts self-vs-manager alignment from the same per-rater means", () => {
    let compared = 0;
    let aligned = 0;
    for (const profile of profiles.values()) {
      for (const score of Object.values(profile.competencies)) {
        if (score.selfVsManager === null) continue;
        compared += 1;
        if (Math.abs(score.selfVsManager) < 1) aligned += 1;
      }
    }
    expect(analytics.alignment.compared).toBe(compared);
    expect(analytics.alignment.aligned).toBe(aligned);
    expect(analytics.alignment.rate).toBeCloseTo(aligned / compared, 10);
  });

  it("names the first people of long bench lists and still counts everyone", () => {
    const capped = orgAnalytics(
      framework,
      { people: org.people, assessments, evidence },
      {
        benchNamesMax: 2,
      },
    );
    expect(analytics.bench.some((bench) => bench.ready > 2 || bench.close > 2)).toBe(true);
    for (const [r, bench] of capped.bench.entries()) {
      const whole = analytics.bench[r];
      expect(bench.ready).toBe(whole?.ready);
      expect(bench.close).toBe(whole?.close);
      expect(bench.readyPeople).toEqual(whole?.readyPeople.slice(0, 2));
      expect(bench.closePeople).toEqual(whole?.closePeople.slice(0, 2));
      expect(bench.reason).toBe(whole?.reason);
    }
  });

  it("lists the largest teams of a long heatmap in name order and still counts every team", () => {
    const capped = orgAnalytics(
      framework,
      { people: org.people, assessments, evidence },
      { heatmapTeamsMax: 2 },
    );
    expect(analytics.heatmap.length).toBeGreaterThan(2);
    expect(analytics.heatmapTeams).toBe(analytics.heatmap.length);
    expect(capped.heatmapTeams).toBe(analytics.heatmap.length);
    expect(capped.heatmap).toHaveLength(2);
    const sizes = analytics.heatmap.map((team) => team.people).sort((a, b) => b - a);
    expect(capped.heatmap.map((team) => team.people).sort((a, b) => b - a)).toEqual(
      sizes.slice(0, 2),
    );
    const names = capped.heatmap.map((team) => team.team);
    expect(names).toEqual([...names].sort());
    for (const team of capped.heatmap) {
      expect(analytics.heatmap).toContainEqual(team);
    }
  });

  it("lists the raters furthest from the others when there are more than it lists, in the same order", () => {
    const capped = orgAnalytics(
      framework,
      { people: org.people, assessments, evidence },
      {
        leniencyRatersMax: 5,
      },
    );
    expect(analytics.leniencyRaters).toBe(analytics.leniency.length);
    expect(capped.leniencyRaters).toBe(analytics.leniency.length);
    expect(capped.leniency).toHaveLength(5);
    const smallest = Math.min(...capped.leniency.map((rater) => Math.abs(rater.leniency)));
    for (const rater of analytics.leniency) {
      if (!capped.leniency.some((kept) => kept.raterId === rater.raterId)) {
        expect(Math.abs(rater.leniency)).toBeLessThanOrEqual(smallest);
      }
    }
    expect(analytics.leniency.length).toBeGreaterThan(5);
    expect(capped.leniency).toEqual(
      analytics.leniency.filter((rater) =>
        capped.leniency.some((kept) => kept.raterId === rater.raterId),
      ),
    );
  });

  it("gives every part a reason that names its role, team, competency, rater or manager", () => {
    const titles = new Map(framework.roles.map((role) => [role.id, role.title]));
    const labels = framework.competencies.map((c) => c.name.toLowerCase());
    for (const bench of analytics.bench) expect(bench.reason).toContain(titles.get(bench.roleId));
    for (const team of analytics.heatmap) {
      expect(team.reason).toContain(`Team ${team.team}`);
      expect(labels.some((label) => team.reason.includes(label))).toBe(true);
    }
    const names = new Map(org.people.map((person) => [person.id, person.name]));
    for (const rater of analytics.leniency) {
      expect(rater.reason.startsWith(names.get(rater.raterId) ?? "A rater outside")).toBe(true);
      expect(rater.reason).not.toContain(rater.raterId);
    }
    for (const span of analytics.spanOfControl) {
      expect(span.reason.startsWith(`${names.get(span.managerId) ?? "Their manager"} has`)).toBe(
        true,
      );
      expect(span.reason).not.toContain(span.managerId);
    }
    expect(analytics.distribution.reason).toMatch(/the most common role is .+ \(\d+ people\)/);
    expect(analytics.alignment.reason).toContain("Self and manager ratings");
    expect(analytics.reason).toContain(framework.name);
  });

  it("gives the same answer whatever the order of the assessments", () => {
    const again = orgAnalytics(framework, {
      people: org.people,
      assessments: shuffle(assessments, 99),
      evidence,
    });
    expect(again).toEqual(analytics);
  });
});

describe("orgAnalytics", () => {
  const small = buildFramework();
  const people: Person[] = [
    buildPerson({ id: "dana", roleId: "group-pm", managerId: null, team: "leadership" }),
    buildPerson({ id: "ari", roleId: "pm", managerId: "dana", team: "growth" }),
    buildPerson({ id: "bo", roleId: "senior-pm", managerId: "dana", team: "growth" }),
    buildPerson({ id: "cy", roleId: null, managerId: "dana", team: null }),
  ];
  const rate = (
    personId: string,
    raterId: string,
    raterKind: Assessment["raterKind"],
    level: number,
  ) =>
    buildAssessment({
      personId,
      raterId,
      raterKind,
      levels: { execution: level, influence: level },
    });
  const assessments = [
    rate("ari", "ari", "self", 4),
    rate("ari", "dana", "manager", 2),
    rate("ari", "bo", "peer", 2),
    rate("bo", "bo", "self", 3),
    rate("bo", "dana", "manager", 3),
    rate("bo", "ari", "peer", 4),
  ];
  const result = orgAnalytics(small, { people, assessments });

  it("counts people per role and per track, and those without a role", () => {
    expect(result.distribution.roles.find((role) => role.roleId === "pm")?.people).toBe(1);
    expect(result.distribution.tracks).toContainEqual({ track: "management", people: 3 });
    expect(result.distribution.withoutRole).toBe(1);
    expect(result.distribution.reason).toContain("Product Manager");
  });

  it("builds a heatmap per team that leaves unknown levels out", () => {
    const growth = result.heatmap.find((team) => team.team === "growth");
    expect(growth?.people).toBe(2);
    expect(growth?.competencies.find((c) => c.competency === "product-strategy")).toEqual({
      competency: "product-strategy",
      mean: null,
      count: 0,
    });
    expect(growth?.competencies.find((c) => c.competency === "execution")?.count).toBe(2);
    expect(growth?.reason).toMatch(
      /Team growth \(2 people\) is strongest in (execution|stakeholder influence)/,
    );
  });

  it("calls a rater who rates higher than the others lenient, with a positive leniency", () => {
    const ari = result.leniency.find((rater) => rater.raterId === "ari");
    const dana = result.leniency.find((rater) => rater.raterId === "dana");
    expect(ari?.leniency).toBeGreaterThan(0);
    expect(ari?.reason).toContain("above the other raters");
    expect(dana?.leniency).toBeLessThan(0);
    expect(dana?.reason).toContain("below the other raters");
  });

  it("measures how often self and manager ratings are under a level apart", () => {
    // Ari: self 4 vs manager 2 on both competencies; Bo: 3 vs 3 on both.
    expect(result.alignment).toMatchObject({ compared: 4, aligned: 2, rate: 0.5 });
    expect(result.alignment.reason).toContain("50%");
  });

  it("checks each manager's span of control against the framework guideline", () => {
    expect(result.spanOfControl).toEqual([
      {
        managerId: "dana",
        directReports: 3,
        status: "within",
        reason: "Alex Rivera has 3 direct reports, within the framework's guideline of 3–8.",
      },
    ]);
  });

  it("puts nobody on the bench for their own role or one below it, only for steps up or across", () => {
    const levels = Object.fromEntries(framework.competencies.map((c) => [c.id, 5]));
    const senior = buildPerson({ id: "sam", name: "Sam", roleId: "senior-pm" });
    const strong = buildAssessment({ personId: "sam", raterId: "dana", levels });
    const bench = orgAnalytics(framework, { people: [senior], assessments: [strong] }).bench;
    const readyFor = (roleId: string) =>
      bench.find((entry) => entry.roleId === roleId)?.readyPeople ?? [];
    for (const below of ["apm", "pm", "senior-pm"]) expect(readyFor(below)).toEqual([]);
    for (const above of ["group-pm", "vp-product", "principal-pm", "founder-gm"]) {
      expect(readyFor(above)).toEqual(["sam"]);
    }
  });

  it("lists only meaningful moves: no Director ready for Associate PM, no VP for Principal PM", () => {
    const levels = Object.fromEntries(framework.competencies.map((c) => [c.id, 5]));
    const director = buildPerson({ id: "dee", name: "Dee", roleId: "group-pm" });
    const vp = buildPerson({ id: "val", name: "Val", roleId: "vp-product" });
    const assessments = ["dee", "val"].map((personId) =>
      buildAssessment({ personId, raterId: "ceo", levels }),
    );
    const bench = orgAnalytics(framework, { people: [director, vp], assessments }).bench;
    const readyFor = (roleId: string) =>
      bench.find((entry) => entry.roleId === roleId)?.readyPeople ?? [];
    for (const narrower of ["apm", "pm", "senior-pm"]) expect(readyFor(narrower)).toEqual([]);
    expect(readyFor("group-pm")).toEqual([]);
    expect(readyFor("vp-product")).toEqual(["dee"]);
    expect(readyFor("principal-pm")).toEqual(["dee"]);
    expect(isBenchMove(framework, "group-pm", "principal-pm")).toBe(true);
    expect(isBenchMove(framework, "vp-product", "principal-pm")).toBe(false);
    expect(isBenchMove(framework, null, "apm")).toBe(true);
  });

  it("explains an organisation with no assessments without inventing levels", () => {
    const empty = orgAnalytics(small, { people, assessments: [] });
    expect(empty.alignment.rate).toBeNull();
    expect(empty.leniency).toEqual([]);
    expect(empty.bench.every((bench) => bench.ready === 0 && bench.close === 0)).toBe(true);
    expect(empty.bench[0]?.reason).toContain(
      "Nobody here is ready or close for Associate Product Manager",
    );
  });
});
