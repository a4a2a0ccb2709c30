import type { Framework, Role } from "../../framework/schema.ts";
import { roleFits } from "../fit/role-fits.ts";
import { requireRole } from "../framework-index.ts";
import type { EngineOptions } from "../options.ts";
import type { CareerPath, RoleFit } from "../types.ts";
import { careerGraph } from "./career-graph.ts";
import type { FindPathsInput, PathEdge } from "./find-paths-input.ts";
import { gapCost, trackFactor, transitionCosts } from "./path-costs.ts";
import { entryEdges } from "./path-entries.ts";
import { compareFound, type Found, rankPaths } from "./rank-paths.ts";

function round(cost: number): number {
  return Math.round(cost * 1000) / 1000;
}

function checkInput(framework: Framework, input: FindPathsInput, maxSteps: number, k: number) {
  if (input.from !== null) requireRole(framework, input.from);
  for (const target of input.targets ?? []) requireRole(framework, target);
  if (!Number.isInteger(maxSteps) || maxSteps < 1) {
    throw new Error(`findPaths: maxSteps must be a whole number of at least 1, got ${maxSteps}.`);
  }
  if (!Number.isInteger(k) || k < 1) {
    throw new Error(
      `findPaths: k (paths per target) must be a whole number of at least 1, got ${k}.`,
    );
  }
}

/**
 * The k best loop-free routes over the career graph from the current role (or from outside) to
 * each target (cost: the move's base cost shaped by track preferences plus the gaps still to
 * close at each step's role), ranked by how well the destination fits the person and what they
 * want, then by that cost.
 *
 * @example findPaths(framework, { from: "senior-pm", profile, preferences: { tracks: ["ic"], avoidRoles: [], targetRoles: [] } })[0]?.target
 */
export function findPaths(
  framework: Framework,
  input: FindPathsInput,
  options?: Partial<EngineOptions>,
): CareerPath[] {
  const maxSteps = input.maxSteps ?? 4;
  const k = input.k ?? 3;
  checkInput(framework, input, maxSteps, k);
  const graph = careerGraph(framework);
  const fits = new Map<string, RoleFit>();
  for (const fit of input.fits ?? roleFits(framework, input.profile, options))
    fits.set(fit.roleId, fit);
  const avoid = new Set(input.preferences?.avoidRoles ?? []);
  const preferred = input.preferences?.tracks ?? [];
  const targets = input.targets ? new Set(input.targets) : null;
  const stepCosts = new Map<string, number>();

  function roleStepCost(role: Role, kind: PathEdge["kind"]): number {
    const fit = fits.get(role.id);
    const gaps = fit ? gapCost(fit) : 0;
    return round(transitionCosts[kind] * trackFactor(role.track, preferred) + gaps);
  }

  const edgesOut = new Map<string, PathEdge[]>();
  function edgesFrom(roleId: string): PathEdge[] {
    let edges = edgesOut.get(roleId);
    if (edges) return edges;
    edges = [];
    for (const transition of graph.outgoing.get(roleId) ?? []) {
      const role = graph.roles.get(transition.to) as Role;
      if (avoid.has(role.id)) continue;
      const readiness = fits.get(role.id)?.readiness;
      if (transition.kind === "skip" && readiness !== "ready" && readiness !== "close") continue;
      const key = `${role.id}\u0000${transition.kind}`;
      let cost = stepCosts.get(key);
      if (cost === undefined) {
        cost = roleStepCost(role, transition.kind);
        stepCosts.set(key, cost);
      }
      edges.push({ from: roleId, to: role.id, kind: transition.kind, cost, transition });
    }
    edgesOut.set(roleId, edges);
    return edges;
  }

  const best = new Map<string, Found[]>();
  let threshold = Number.POSITIVE_INFINITY;
  function record(target: string, trail: PathEdge[], cost: number) {
    const list = best.get(target) ?? [];
    const found = { edges: [...trail], cost };
    if (list.length === k && compareFound(found, list[k - 1] as Found) >= 0) return;
    list.push(found);
    list.sort(compareFound);
    if (list.length > k) list.pop();
    best.set(target, list);
    if (targets && best.size === targets.size) {
      threshold = 0;
      for (const kept of best.values()) {
        threshold =
          kept.length < k
            ? Number.POSITIVE_INFINITY
            : Math.max(threshold, (kept[k - 1] as Found).cost);
      }
    }
  }

  const visited = new Set<string>();
  const trail: PathEdge[] = [];
  // A way back into product is for people in a neighbouring role now: a route that pivots out
  // only to come back is a detour, never advice.
  const trackOf = (roleId: string | null) =>
    roleId === null ? undefined : graph.roles.get(roleId)?.track;
  const isDetour = (edge: PathEdge) =>
    trail.length > 0 && trackOf(edge.from) === "adjacent" && trackOf(edge.to) !== "adjacent";
  function visit(edges: readonly PathEdge[], cost: number) {
    for (const edge of edges) {
      if (visited.has(edge.to) || isDetour(edge)) continue;
      const next = round(cost + edge.cost);
      if (next > threshold) continue;
      trail.push(edge);
      if (!targets || targets.has(edge.to)) record(edge.to, trail, next);
      if (trail.length < maxSteps) {
        visited.add(edge.to);
        visit(edgesFrom(edge.to), next);
        visited.delete(edge.to);
      }
      trail.pop();
    }
  }

  if (input.from === null) {
    visit(entryEdges(framework, input, avoid, roleStepCost, options), 0);
  } else {
    visited.add(input.from);
    visit(edgesFrom(input.from), 0);
  }
  return rankPaths(framework, best, fits, preferred, {
    profile: input.profile,
    from: input.from,
  });
}
