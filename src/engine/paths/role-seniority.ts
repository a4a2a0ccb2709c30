import type { Framework, Role, TrackId } from "../../framework/schema.ts";
import { careerGraph } from "./career-graph.ts";

/** Where a role sits on the framework's common scale of seniority: a span when sources differ. */
export interface Seniority {
  low: number;
  high: number;
}

const seniorities = new WeakMap<Framework, ReadonlyMap<string, Seniority>>();

/** A track is a ladder when its roles do not all share one rank (adjacent roles are not). */
function ladderTracks(framework: Framework): Map<TrackId, Role[]> {
  const byTrack = new Map<TrackId, Role[]>();
  for (const role of framework.roles) {
    const list = byTrack.get(role.track) ?? [];
    list.push(role);
    byTrack.set(role.track, list);
  }
  for (const [track, roles] of byTrack) {
    if (new Set(roles.map((role) => role.rank)).size < 2) byTrack.delete(track);
  }
  return byTrack;
}

/** The ladder with the most distinct ranks (the first listed on a tie) sets the common scale. */
function referenceTrack(framework: Framework, ladders: Map<TrackId, Role[]>): TrackId | undefined {
  let best: TrackId | undefined;
  let most = 0;
  for (const track of framework.tracks) {
    const ranks = new Set((ladders.get(track.id) ?? []).map((role) => role.rank)).size;
    if (ranks > most) {
      best = track.id;
      most = ranks;
    }
  }
  return best;
}

/**
 * Pairs of roles the framework calls equal in seniority across tracks: `comparableTo` first; a
 * framework that says nothing there lets a lateral move or a track switch stand for it.
 */
function equalPairs(framework: Framework): [string, string][] {
  const comparable = framework.roles.flatMap((role) =>
    role.comparableTo.map((other): [string, string] => [role.id, other]),
  );
  if (comparable.length > 0) return comparable;
  return framework.transitions
    .filter((transition) => transition.kind === "lateral" || transition.kind === "track-switch")
    .map((transition): [string, string] => [transition.from, transition.to]);
}

function buildSeniority(framework: Framework): Map<string, Seniority> {
  const ladders = ladderTracks(framework);
  const reference = referenceTrack(framework, ladders);
  const result = new Map<string, Seniority>();
  if (reference === undefined) return result;
  for (const role of ladders.get(reference) ?? []) {
    result.set(role.id, { low: role.rank, high: role.rank });
  }
  const trackOf = new Map(framework.roles.map((role) => [role.id, role.track]));
  const pairs = equalPairs(framework);
  for (const [track, roles] of ladders) {
    if (track === reference) continue;
    const anchors = new Map<string, Seniority>();
    for (const [a, b] of pairs) {
      for (const [own, other] of [
        [a, b],
        [b, a],
      ] as const) {
        const level = result.get(other);
        if (trackOf.get(own) !== track || trackOf.get(other) !== reference || !level) continue;
        const known = anchors.get(own);
        anchors.set(own, {
          low: Math.min(known?.low ?? level.low, level.low),
          high: Math.max(known?.high ?? level.high, level.high),
        });
      }
    }
    if (anchors.size === 0) continue;
    const anchored = roles.filter((role) => anchors.has(role.id));
    for (const role of roles) {
      const own = anchors.get(role.id);
      if (own) {
        result.set(role.id, own);
        continue;
      }
      // An unanchored rung sits as far from the nearest anchored rung as its rank says.
      const nearest = anchored.reduce((a, b) =>
        Math.abs(b.rank - role.rank) < Math.abs(a.rank - role.rank) ? b : a,
      );
      const level = anchors.get(nearest.id) as Seniority;
      const shift = role.rank - nearest.rank;
      result.set(role.id, { low: level.low + shift, high: level.high + shift });
    }
  }
  return result;
}

/**
 * Each ladder role's seniority on one scale: the longest ladder's ranks, other ladders lined up
 * through the roles the framework calls comparable. Roles off any ladder have none.
 *
 * @example roleSeniority(framework).get("principal-pm") // { low: 4, high: 4 }, like Group PM
 */
export function roleSeniority(framework: Framework): ReadonlyMap<string, Seniority> {
  let map = seniorities.get(framework);
  if (!map) {
    map = buildSeniority(framework);
    seniorities.set(framework, map);
  }
  return map;
}

/**
 * Whether moving from one role to another narrows the scope: a lower rank on the same ladder, or
 * a role on another ladder wholly below the current one. Moves to or from roles off any ladder
 * (adjacent roles, which people take at any stage) are never a step back.
 *
 * @example isStepBack(framework, "principal-pm", "senior-pm") // true
 */
export function isStepBack(framework: Framework, from: string, to: string): boolean {
  const { roles } = careerGraph(framework);
  const origin = roles.get(from);
  const target = roles.get(to);
  if (!origin || !target) return false;
  if (origin.track === target.track) return target.rank < origin.rank;
  const levels = roleSeniority(framework);
  const a = levels.get(from);
  const b = levels.get(to);
  return a !== undefined && b !== undefined && b.high < a.low;
}

/**
 * Whether a move to a role on another ladder keeps the same seniority (their spans meet), as a
 * Group PM's move to Principal PM does.
 *
 * @example isSameSeniority(framework, "group-pm", "principal-pm") // true
 */
export function isSameSeniority(framework: Framework, from: string, to: string): boolean {
  const { roles } = careerGraph(framework);
  if (roles.get(from)?.track === roles.get(to)?.track) return false;
  const levels = roleSeniority(framework);
  const a = levels.get(from);
  const b = levels.get(to);
  return a !== undefined && b !== undefined && b.low <= a.high && a.low <= b.high;
}
