import type { Framework, Role, TrackId } from "../../framework/schema.ts";
import type { CareerPath, PathStep, Profile, RoleFit } from "../types.ts";
import { careerGraph } from "./career-graph.ts";
import { describePath, type PathContext } from "./describe-path.ts";
import { describeMove, describeRemainingGaps, durationContext } from "./describe-step.ts";
import {
  coverage,
  destinationFit,
  destinationTuning,
  ownTrackCounts,
  preferenceBonus,
  ratedTotal,
} from "./destination-fit.ts";
import type { PathEdge } from "./find-paths-input.ts";
import { isSameSeniority, isStepBack, roleSeniority } from "./role-seniority.ts";

/** A path found by the search: its moves and total cost. */
export interface Found {
  edges: PathEdge[];
  cost: number;
}

/** Orders paths by cost, then number of steps, then the role ids and kinds along the way. */
export function compareFound(a: Found, b: Found): number {
  if (a.cost !== b.cost) return a.cost - b.cost;
  if (a.edges.length !== b.edges.length) return a.edges.length - b.edges.length;
  for (let i = 0; i < a.edges.length; i++) {
    const x = a.edges[i] as PathEdge;
    const y = b.edges[i] as PathEdge;
    if (x.to !== y.to) return x.to < y.to ? -1 : 1;
    if (x.kind !== y.kind) return x.kind < y.kind ? -1 : 1;
  }
  return 0;
}

/** Who the paths are for: their profile and current role. */
export interface RankContext {
  profile: Profile;
  from: string | null;
}

interface Scored {
  found: Found;
  target: Role;
  fit: number;
  bonus: number;
  ownNext: boolean;
  /** Whether the destination has a narrower scope than the current role. */
  stepBack: boolean;
}

/** Whether a path is the single promotion from the current role along its own track. */
function isOwnTrackNext(found: Found, from: Role | undefined, target: Role): boolean {
  return (
    from !== undefined &&
    found.edges.length === 1 &&
    found.edges[0]?.kind === "promotion" &&
    target.track === from.track
  );
}

// Scores are sums of fractions: equal answers may differ in the last bits.
const tolerance = 1e-9;

// A step back in scope is still an option, but one a person reaches for on purpose: it never
// outranks a move forward or at the same scope, whatever the fit.
function compareScored(a: Scored, b: Scored): number {
  if (a.stepBack !== b.stepBack) return a.stepBack ? 1 : -1;
  const difference = b.fit + b.bonus - (a.fit + a.bonus);
  if (Math.abs(difference) > tolerance) return difference;
  if (Math.abs(b.bonus - a.bonus) > tolerance) return b.bonus - a.bonus;
  return compareFound(a.found, b.found);
}

/**
 * Ranks the kept paths of every target together: moves forward or at the same scope before steps
 * back, then by how well the destination fits the person (fit scaled by how much of their
 * strength it uses) and what they said they want, then by the distance to close; each path and
 * step explained in words.
 */
export function rankPaths(
  framework: Framework,
  best: Map<string, Found[]>,
  fits: Map<string, RoleFit>,
  preferred: readonly TrackId[],
  context: RankContext,
): CareerPath[] {
  const { roles } = careerGraph(framework);
  const from = context.from === null ? undefined : roles.get(context.from);
  const ownCounts = ownTrackCounts(from?.track, preferred);
  const total = ratedTotal(context.profile);
  const fitOf = new Map<string, number>();
  const usesOf = new Map<string, number>();
  const scored: Scored[] = [...best.values()].flat().map((found) => {
    const target = roles.get(found.edges[found.edges.length - 1]?.to ?? "") as Role;
    let fit = fitOf.get(target.id);
    if (fit === undefined) {
      const uses = coverage(context.profile, target, total);
      usesOf.set(target.id, uses);
      fit = destinationFit(fits.get(target.id), uses);
      fitOf.set(target.id, fit);
    }
    const ownNext = isOwnTrackNext(found, from, target);
    const bonus =
      preferenceBonus(target.track, preferred) +
      (ownNext && ownCounts ? destinationTuning.ownTrackNextBonus : 0);
    const stepBack = from !== undefined && isStepBack(framework, from.id, target.id);
    return { found, target, fit, bonus, ownNext, stepBack };
  });
  scored.sort(compareScored);
  const closest = Math.min(...scored.map((entry) => entry.found.cost));
  const ownNextIndex = scored.findIndex((entry) => entry.ownNext);
  const ownNextEntry = scored[ownNextIndex];
  const stepReasons = new Map<PathEdge, string>();
  const fromTopRung =
    from !== undefined &&
    roleSeniority(framework).has(from.id) &&
    !(careerGraph(framework).outgoing.get(from.id) ?? []).some(
      (transition) => transition.kind === "promotion",
    );
  return scored.map((entry, index) => {
    const steps: PathStep[] = entry.found.edges.map((edge) => {
      const to = roles.get(edge.to) as Role;
      const fit = fits.get(edge.to) ?? emptyFit(edge.to);
      let reason = stepReasons.get(edge);
      if (reason === undefined) {
        const origin = edge.from === null ? undefined : roles.get(edge.from);
        const move = describeMove(framework, edge.kind, origin, to, fit, edge.route?.name);
        reason = `${move}; ${describeRemainingGaps(framework, to, fit)}.${durationContext(edge.transition)}`;
        stepReasons.set(edge, reason);
      }
      const step: PathStep = {
        from: edge.from,
        to: edge.to,
        kind: edge.kind,
        cost: edge.cost,
        gaps: fit.gaps,
        reason,
      };
      const note = edge.transition?.notes?.trim();
      if (note) step.note = note;
      return step;
    });
    const pathContext: PathContext = {
      preferred,
      closest: entry.found.cost <= closest + tolerance,
      first: index === 0,
      ownNext: entry.ownNext,
      stepBackFrom: entry.stepBack ? (from?.title ?? null) : null,
      sameSeniority: from !== undefined && isSameSeniority(framework, from.id, entry.target.id),
      fromTopRung,
      aboveOwnNext:
        ownNextEntry !== undefined &&
        index < ownNextIndex &&
        entry.target.id !== ownNextEntry.target.id
          ? {
              title: ownNextEntry.target.title,
              byPreference: entry.bonus > ownNextEntry.bonus + tolerance,
            }
          : null,
      fit: fits.get(entry.target.id),
      uses: usesOf.get(entry.target.id) ?? 0,
    };
    return {
      target: entry.target.id,
      steps,
      cost: entry.found.cost,
      rank: index + 1,
      reason: describePath(framework, entry.found.edges, entry.target, pathContext),
    };
  });
}

function emptyFit(roleId: string): RoleFit {
  return { roleId, fit: 0, readiness: "stretch", gaps: [], strengths: [], unknown: [], reason: "" };
}
