import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { buildProfile } from "../../../test/factories.ts";
import { expectPlainWords as expectPlainText } from "../../../test/plain-words.ts";
import type { TrackId } from "../../framework/schema.ts";
import type { CareerPath } from "../types.ts";
import { findPaths } from "./find-paths.ts";

const framework = loadDefaultFramework();
const competencyIds = framework.competencies.map((competency) => competency.id);

function expectationsOf(roleId: string): Record<string, number> {
  const role = framework.roles.find((candidate) => candidate.id === roleId);
  if (!role) throw new Error(`no role ${roleId} in the default framework`);
  const levels: Record<string, number> = {};
  for (const id of competencyIds) levels[id] = Math.max(1, role.expectations[id] ?? 1);
  return levels;
}

function pathsFor(from: string, levels: Record<string, number>, tracks: TrackId[] = []) {
  return findPaths(framework, {
    from,
    profile: buildProfile({ framework, levels }),
    preferences: { tracks, avoidRoles: [], targetRoles: [] },
  });
}

function trackOf(roleId: string): TrackId | undefined {
  return framework.roles.find((role) => role.id === roleId)?.track;
}

/** Reasons a PM would say: no ids, no raw costs, numbers only as levels or percentages. */
function expectPlainWords(paths: readonly CareerPath[]) {
  expectPlainText(framework, [
    ...paths.map((path) => path.reason),
    ...paths.flatMap((path) => path.steps.map((step) => step.reason)),
  ]);
}

describe("paths a seasoned product leader would recommend", () => {
  it("puts the next step on the track first for a PM close to Senior PM, pivots below it", () => {
    const levels = expectationsOf("senior-pm");
    levels.strategy = (levels.strategy ?? 2) - 1;
    levels.influence = (levels.influence ?? 2) - 1;
    const paths = pathsFor("pm", levels);
    expect(paths[0]?.target).toBe("senior-pm");
    expect(paths[0]?.reason).toContain("the next step on your track");
    const firstPivot = paths.findIndex((path) => trackOf(path.target) === "adjacent");
    expect(firstPivot).toBeGreaterThan(0);
    expectPlainWords(paths);
  });

  it("does not send a new APM out of product: Product Manager ranks above every pivot", () => {
    const levels = expectationsOf("apm");
    const paths = pathsFor("apm", levels);
    expect(paths[0]?.target).toBe("pm");
    expectPlainWords(paths);
  });

  it("ranks Principal / Staff PM first for a Group PM who prefers the IC track, VP still below", () => {
    const paths = pathsFor("group-pm", expectationsOf("group-pm"), ["ic"]);
    expect(trackOf(paths[0]?.target ?? "")).toBe("ic");
    expect(paths[0]?.target).toBe("principal-pm");
    expect(paths[0]?.reason).toMatch(
      /^Principal Product Manager is a move to the same seniority of influence, through depth rather than reports:/,
    );
    expect(paths[0]?.reason).toContain("because you prefer the Individual contributor track");
    const vp = paths.findIndex((path) => path.target === "vp-product");
    expect(vp).toBeGreaterThan(0);
    expectPlainWords(paths);
  });

  it("offers a Senior PM ready on most of Group PM and Principal PM both before any pivot", () => {
    const levels = expectationsOf("senior-pm");
    for (const id of competencyIds) {
      const group = expectationsOf("group-pm")[id] ?? 1;
      const principal = expectationsOf("principal-pm")[id] ?? 1;
      levels[id] = Math.max(levels[id] ?? 1, Math.min(group, principal));
    }
    const top = pathsFor("senior-pm", levels)
      .slice(0, 3)
      .map((path) => path.target);
    expect(top).toContain("group-pm");
    expect(top).toContain("principal-pm");
    const firstAdjacent = top.findIndex((id) => trackOf(id) === "adjacent");
    if (firstAdjacent >= 0) {
      expect(firstAdjacent).toBeGreaterThan(top.indexOf("group-pm"));
      expect(firstAdjacent).toBeGreaterThan(top.indexOf("principal-pm"));
    }
  });

  it("words a VP's options as choices of similar scope or pivots, never as a ceiling", () => {
    const paths = pathsFor("vp-product", expectationsOf("vp-product"));
    const founder = paths.find((path) => path.target === "founder-gm");
    expect(founder?.reason).toContain("is a pivot into one of the product-adjacent roles");
    expect(founder?.reason).toContain("a choice of where to take your experience next");
    for (const path of paths) {
      expect(path.reason).not.toMatch(/\b(ceiling|stuck|behind|late|step down|not yet)\b/i);
    }
    expectPlainWords(paths);
  });

  it("offers a founder who was a Senior PM a way back into product, explained, never a step down", () => {
    const paths = pathsFor("founder-gm", expectationsOf("senior-pm"));
    const back = paths.filter((path) => ["senior-pm", "group-pm"].includes(path.target));
    expect(back.length).toBeGreaterThan(0);
    for (const path of back) {
      expect(path.reason).not.toMatch(/\b(step down|demotion|behind|late)\b/i);
      expect(path.steps[0]?.note).toBeTruthy();
    }
    expectPlainWords(paths);
  });

  it("never sends someone in product out to a neighbouring role only to come back", () => {
    for (const role of framework.roles.filter((candidate) => candidate.track !== "adjacent")) {
      for (const path of pathsFor(role.id, expectationsOf(role.id))) {
        const outAndBack = path.steps.some(
          (step, index) =>
            index > 0 && trackOf(step.from ?? "") === "adjacent" && trackOf(step.to) !== "adjacent",
        );
        expect(outAndBack, `${role.id} to ${path.target}`).toBe(false);
      }
    }
  });

  it("shows the framework's note for a move beside the step, not inside its reason", () => {
    const paths = pathsFor("senior-pm", expectationsOf("senior-pm"));
    const group = paths.find((path) => path.target === "group-pm" && path.steps.length === 1);
    const transition = framework.transitions.find(
      (candidate) => candidate.from === "senior-pm" && candidate.to === "group-pm",
    );
    expect(transition?.notes).toBeTruthy();
    expect(group?.steps[0]?.note).toBe(transition?.notes?.trim());
  });

  it("says a person with nothing rated has unknown gaps, with no fit or share of strengths", () => {
    const paths = findPaths(framework, {
      from: "pm",
      profile: buildProfile({ framework, levels: {} }),
      preferences: { tracks: [], avoidRoles: [], targetRoles: [] },
    });
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.reason).toContain("nothing rated for it yet");
      expect(path.reason).not.toMatch(/already met|% of your strengths|fit for it is/);
    }
    expectPlainWords(paths);
  });
});
