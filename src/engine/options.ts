import type { RaterKind } from "./types.ts";

/** Fit thresholds that separate `ready`, `close` and `stretch`. */
export interface ReadinessThresholds {
  /** Lowest fit still called `ready` (when nothing mandatory is short and nothing is unknown). */
  ready: number;
  /** Lowest fit still called `close`; anything below is a `stretch`. */
  close: number;
}

/** The tunable numbers behind every engine answer; every function falls back to the defaults. */
export interface EngineOptions {
  /** Share of each rater kind in a competency's weighted mean; peers split theirs. */
  raterWeights: Record<RaterKind, number>;
  /** Factor a rating's weight is multiplied by when it links evidence from the impact log. */
  evidenceBoost: number;
  /** Weight of a mandatory competency in role fit; every other competency weighs 1. */
  mandatoryWeight: number;
  readiness: ReadinessThresholds;
  /** Raters this far apart (largest minus smallest) make a competency low-confidence. */
  disagreementThreshold: number;
  /** Most focus competencies a growth plan draft suggests. */
  planFocusMax: number;
  /** Days between check-ins a growth plan draft suggests. */
  checkInCadenceDays: number;
  /** Most people analytics name per role as ready or as close (the counts stay whole). */
  benchNamesMax: number;
  /** Most raters analytics list with their leniency: those furthest from the other raters. */
  leniencyRatersMax: number;
  /** Most teams an analytics heatmap lists: the largest (the count of teams stays whole). */
  heatmapTeamsMax: number;
  /** Most managers analytics list with their span of control: those furthest outside the guideline. */
  spanManagersMax: number;
}

/** The defaults: manager 0.5, self 0.3, peers 0.2 shared; monthly check-ins; 100 named or listed per list. */
export const defaultEngineOptions: Readonly<EngineOptions> = Object.freeze({
  raterWeights: Object.freeze({ manager: 0.5, self: 0.3, peer: 0.2 }),
  evidenceBoost: 1.25,
  mandatoryWeight: 2,
  readiness: Object.freeze({ ready: 0.95, close: 0.8 }),
  disagreementThreshold: 1.5,
  planFocusMax: 3,
  checkInCadenceDays: 30,
  benchNamesMax: 100,
  leniencyRatersMax: 100,
  heatmapTeamsMax: 100,
  spanManagersMax: 100,
});

/**
 * Fills the gaps of partial options with the defaults (nested objects merged field by field).
 *
 * @example resolveOptions({ raterWeights: { manager: 0.6, self: 0.2, peer: 0.2 } }).evidenceBoost // 1.25
 */
export function resolveOptions(options: Partial<EngineOptions> = {}): Readonly<EngineOptions> {
  // Most calls pass nothing: skip the merge so the hot path allocates nothing.
  if (options === defaultEngineOptions || Object.keys(options).length === 0) {
    return defaultEngineOptions;
  }
  return {
    ...defaultEngineOptions,
    ...options,
    raterWeights: { ...defaultEngineOptions.raterWeights, ...options.raterWeights },
    readiness: { ...defaultEngineOptions.readiness, ...options.readiness },
  };
}
