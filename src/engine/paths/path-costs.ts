import type { TrackId, TransitionKind } from "../../framework/schema.ts";
import type { RoleFit } from "../types.ts";

/**
 * What a path step costs before gaps, by the kind of move.
 *
 * Promotions and laterals are the usual moves (1). A track switch asks the person to change how
 * they create impact (1.5). A pivot into an adjacent role changes the job itself (2). A skip jumps
 * a level and is only offered when the profile already fits the higher role (2.5). Entering from
 * outside through an entry route costs 1.
 */
export const transitionCosts: Readonly<Record<TransitionKind | "entry", number>> = {
  promotion: 1,
  lateral: 1,
  "track-switch": 1.5,
  pivot: 2,
  skip: 2.5,
  entry: 1,
};

/**
 * How gaps and preferences shape a step's cost.
 *
 * - `unknownCost`: an unrated expected competency adds a small uncertainty cost, not a zero level.
 * - `gapWeight`: multiplies the weighted shortfall still to close at the step's role.
 * - `firstTrackFactor` / `otherPreferredTrackFactor`: discount the base cost of a step onto the
 *   person's most preferred track / another track they listed.
 * - `unpreferredTrackFactor`: raises the base cost of a step onto a track they did not list.
 */
export const pathCostTuning = {
  unknownCost: 0.25,
  gapWeight: 1,
  firstTrackFactor: 0.5,
  otherPreferredTrackFactor: 0.75,
  unpreferredTrackFactor: 2,
} as const;

/** The cost of what is still to close at a role: weighted shortfall plus a little per unknown. */
export function gapCost(fit: RoleFit): number {
  let cost = fit.unknown.length * pathCostTuning.unknownCost;
  for (const gap of fit.gaps) {
    if (gap.actual !== null) cost += gap.shortfall * gap.weight * pathCostTuning.gapWeight;
  }
  return cost;
}

/** The factor a step's base cost is multiplied by for moving onto `track`, given preferred tracks. */
export function trackFactor(track: TrackId, preferred: readonly TrackId[]): number {
  if (preferred.length === 0) return 1;
  const position = preferred.indexOf(track);
  if (position === 0) return pathCostTuning.firstTrackFactor;
  if (position > 0) return pathCostTuning.otherPreferredTrackFactor;
  return pathCostTuning.unpreferredTrackFactor;
}
