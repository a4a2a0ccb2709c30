import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { buildProfile } from "../../../test/factories.ts";
import { expectPlainWords } from "../../../test/plain-words.ts";
import { roleLevels } from "../../../test/role-levels.ts";
import type { TrackId } from "../../framework/schema.ts";
import { findPaths } from "./find-paths.ts";
import { isStepBack, roleSeniority } from "./role-seniority.ts";

const framework = loadDefaultFramework();

function pathsFor(from: string, tracks: TrackId[] = []) {
  return findPaths(framework, {
    from,
    profile: buildProfile({ framework, levels: roleLevels(framework, from) }),
    preferences: { tracks, avoidRoles: [], targetRoles: [] },
  });
}

/** The first rank of each destination, in order. */
function destinations(from: string, tracks: TrackId[] = []): string[] {
  return [...new Set(pathsFor(from, tracks).map((path) => path.target))];
}

/** Asserts that every step back is listed after every move forward or at the same scope. */
function expectStepsBackLast(from: string, tracks: TrackId[], stepsBack: string[]) {
  const paths = pathsFor(from, tracks);
  const back = paths.filter((path) => stepsBack.includes(path.target));
  expect(back.length).toBeGreaterThan(0);
  const firstBack = paths.findIndex((path) => stepsBack.includes(path.target));
  for (const path of paths.slice(firstBack)) expect(stepsBack).toContain(path.target);
  for (const path of back) {
    expect(path.reason).toMatch(/is a step back in scope from .*, a move people choose/);
    expect(path.reason).not.toMatch(/next step on your track|ranks above/);
  }
  expectPlainWords(framework, [
    ...paths.map((path) => path.reason),
    ...paths.flatMap((path) => path.steps.map((step) => step.reason)),
  ]);
  return paths;
}

describe("a step back in scope is listed, never ranked as a top option", () => {
  it("lines Principal PM up with Group PM and Product Architect at or above it, from the framework", () => {
    const levels = roleSeniority(framework);
    expect(levels.get("principal-pm")).toEqual(levels.get("group-pm"));
    expect(levels.get("product-architect")?.low).toBeGreaterThanOrEqual(4);
    expect(levels.get("founder-gm")).toBeUndefined();
    expect(isStepBack(framework, "principal-pm", "senior-pm")).toBe(true);
    expect(isStepBack(framework, "group-pm", "principal-pm")).toBe(false);
    expect(isStepBack(framework, "founder-gm", "senior-pm")).toBe(false);
    expect(isStepBack(framework, "vp-product", "founder-gm")).toBe(false);
  });

  it("keeps Senior PM last for a Principal PM with no stated preferences", () => {
    const paths = expectStepsBackLast("principal-pm", [], ["senior-pm", "pm", "apm"]);
    expect(paths[0]?.target).toBe("product-architect");
    expect(destinations("principal-pm").indexOf("senior-pm")).toBeGreaterThan(2);
  });

  it("keeps Senior PM below Group PM for a Principal PM who prefers management", () => {
    expectStepsBackLast("principal-pm", ["management"], ["senior-pm", "pm", "apm"]);
    expect(destinations("principal-pm", ["management"])[0]).toBe("group-pm");
  });

  it("keeps Senior PM below the pivots for a Principal PM who prefers adjacent roles", () => {
    expectStepsBackLast("principal-pm", ["adjacent"], ["senior-pm", "pm", "apm"]);
    expect(trackOf(destinations("principal-pm", ["adjacent"])[0])).toBe("adjacent");
  });

  it("keeps Principal PM and Senior PM last for a Product Architect with no stated preferences", () => {
    expectStepsBackLast("product-architect", [], ["principal-pm", "senior-pm", "pm", "apm"]);
    expect(["group-pm", "vp-product"]).toContain(destinations("product-architect")[0]);
  });

  it("puts VP of Product above Senior PM for a Group PM who prefers the IC track", () => {
    expectStepsBackLast("group-pm", ["ic"], ["senior-pm", "pm", "apm"]);
    const order = destinations("group-pm", ["ic"]);
    expect(order[0]).toBe("principal-pm");
    expect(order.indexOf("vp-product")).toBeLessThan(order.indexOf("senior-pm"));
  });
});

function trackOf(roleId: string | undefined): TrackId | undefined {
  return framework.roles.find((role) => role.id === roleId)?.track;
}
