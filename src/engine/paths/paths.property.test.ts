import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildFramework, buildProfile } from "../../../test/factories.ts";
import { transitionKinds } from "../../framework/schema.ts";
import { roleFits } from "../fit/role-fits.ts";
import { findPaths } from "./find-paths.ts";

const roleIds = ["apm", "pm", "senior-pm", "group-pm", "principal-pm", "product-marketing-manager"];
const competencies = [
  "product-strategy",
  "execution",
  "customer-insight",
  "influence",
  "people-leadership",
];

const transition = fc.record({
  from: fc.constantFrom(...roleIds),
  to: fc.constantFrom(...roleIds),
  kind: fc.constantFrom(...transitionKinds),
});
const levels = fc.dictionary(fc.constantFrom(...competencies), fc.integer({ min: 1, max: 5 }), {
  maxKeys: 5,
});
const scenario = fc.record({
  transitions: fc.array(transition, { maxLength: 14 }),
  levels,
  from: fc.option(fc.constantFrom(...roleIds), { nil: null }),
  avoid: fc.subarray(roleIds, { maxLength: 2 }),
  tracks: fc.subarray(["management", "ic", "adjacent"] as const, { maxLength: 2 }),
  maxSteps: fc.integer({ min: 1, max: 4 }),
  k: fc.integer({ min: 1, max: 3 }),
  seed: fc.integer(),
});

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function run(input: Scenario) {
  const framework = buildFramework({ transitions: input.transitions });
  const profile = buildProfile({ framework, levels: input.levels });
  return {
    framework,
    profile,
    paths: findPaths(framework, {
      from: input.from,
      profile,
      maxSteps: input.maxSteps,
      k: input.k,
      preferences: { tracks: input.tracks, avoidRoles: input.avoid, targetRoles: [] },
    }),
  };
}

describe("findPaths properties", () => {
  it("never produces a negative cost, and a path costs the sum of its steps", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        for (const path of run(input).paths) {
          expect(path.cost).toBeGreaterThanOrEqual(0);
          const sum = path.steps.reduce((total, step) => total + step.cost, 0);
          expect(Math.abs(sum - path.cost)).toBeLessThan(1e-6);
          for (const step of path.steps) expect(step.cost).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it("never revisits a role, and never returns to where it started", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        for (const path of run(input).paths) {
          const visited = path.steps.map((step) => step.to);
          expect(new Set(visited).size).toBe(visited.length);
          if (input.from !== null) expect(visited).not.toContain(input.from);
          expect(path.steps.length).toBeLessThanOrEqual(input.maxSteps);
        }
      }),
    );
  });

  it("never shows an avoided role", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        for (const path of run(input).paths) {
          for (const step of path.steps) expect(input.avoid).not.toContain(step.to);
        }
      }),
    );
  });

  it("gives the same answer whatever the order of transitions and fits", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { paths, profile } = run(input);
        const framework = buildFramework({ transitions: shuffled(input.transitions, input.seed) });
        const fits = shuffled(roleFits(framework, profile), input.seed + 1);
        const again = findPaths(framework, {
          from: input.from,
          profile,
          fits,
          maxSteps: input.maxSteps,
          k: input.k,
          preferences: { tracks: input.tracks, avoidRoles: input.avoid, targetRoles: [] },
        });
        expect(again).toEqual(paths);
      }),
    );
  });

  it("keeps at most k paths for each target, each with a reason", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const perTarget = new Map<string, number>();
        for (const path of run(input).paths) {
          perTarget.set(path.target, (perTarget.get(path.target) ?? 0) + 1);
          expect(path.reason.length).toBeGreaterThan(0);
          for (const step of path.steps) expect(step.reason.length).toBeGreaterThan(0);
        }
        for (const count of perTarget.values()) expect(count).toBeLessThanOrEqual(input.k);
      }),
    );
  });

  it("never moves a track's best path down when the person adds a preference for that track", () => {
    const added = fc.constantFrom("management", "ic", "adjacent");
    fc.assert(
      fc.property(scenario, added, fc.boolean(), (input, track, atFront) => {
        const framework = buildFramework({ transitions: input.transitions });
        const profile = buildProfile({ framework, levels: input.levels });
        const bestRank = (tracks: readonly (typeof track)[]) => {
          const paths = findPaths(framework, {
            from: input.from,
            profile,
            maxSteps: input.maxSteps,
            k: input.k,
            preferences: { tracks: [...tracks], avoidRoles: input.avoid, targetRoles: [] },
          });
          const trackOf = new Map(framework.roles.map((role) => [role.id, role.track]));
          return paths.find((path) => trackOf.get(path.target) === track)?.rank;
        };
        const before = input.tracks.filter((t) => t !== track);
        const after = atFront ? [track, ...before] : [...before, track];
        const rankBefore = bestRank(before);
        const rankAfter = bestRank(after);
        if (rankBefore !== undefined) expect(rankAfter).toBeLessThanOrEqual(rankBefore);
      }),
    );
  });
});
