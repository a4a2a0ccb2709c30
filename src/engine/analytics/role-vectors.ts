import type { Framework, Role } from "../../framework/schema.ts";
import { mandatoryMakesStretch } from "../fit/mandatory-cap.ts";
import { frameworkIndex } from "../framework-index.ts";
import type { EngineOptions } from "../options.ts";
import type { Readiness } from "../types.ts";

/** A role's expectations as typed arrays over competency positions, for scoring many people. */
export interface RoleVector {
  role: Role;
  positions: Int32Array;
  expected: Float64Array;
  weights: Float64Array;
  mandatory: Uint8Array;
  /** Weighted expected level over every competency: the most a fit can be measured against. */
  weightedExpected: number;
}

// Same tolerance as roleFit: 2.9999999999 still meets an expectation of 3.
const tolerance = 1e-9;

/** Every role of the framework as a vector, with mandatory competencies weighted as roleFit does. */
export function roleVectors(framework: Framework, settings: Readonly<EngineOptions>): RoleVector[] {
  const index = frameworkIndex(framework);
  return framework.roles.map((role) => {
    const entry = index.roles.get(role.id);
    const competencies = entry?.competencies ?? [];
    const expected = Float64Array.from(entry?.expected ?? []);
    const weights = Float64Array.from(entry?.mandatory ?? [], (m) =>
      m ? settings.mandatoryWeight : 1,
    );
    let weightedExpected = 0;
    for (let i = 0; i < expected.length; i++) {
      weightedExpected += (weights[i] as number) * Math.max(0, expected[i] as number);
    }
    return {
      role,
      positions: Int32Array.from(competencies, (id) => index.competencyPosition.get(id) ?? 0),
      expected,
      weights,
      mandatory: Uint8Array.from(entry?.mandatory ?? [], (m) => (m ? 1 : 0)),
      weightedExpected,
    };
  });
}

/** Readiness codes in the order of `readinessNames`. */
export const readinessNames: readonly Readiness[] = ["ready", "close", "stretch"];

/**
 * The readiness code (0 ready, 1 close, 2 stretch) of the levels at `base` for a role, decided
 * exactly as `roleFit` decides it.
 */
export function readinessCode(
  levels: Float64Array,
  base: number,
  vector: RoleVector,
  thresholds: Readonly<EngineOptions["readiness"]>,
): number {
  let weightedExpected = 0;
  let weightedShortfall = 0;
  let mandatoryShortfall = 0;
  let unknown = 0;
  const n = vector.positions.length;
  // Fit is 1 - shortfall / expected over known competencies, and that expected is at most the
  // role's full weighted expected: once shortfall passes this limit, the verdict is a stretch.
  const stretchAbove = (1 - thresholds.close) * vector.weightedExpected + 1e-9;
  for (let i = 0; i < n; i++) {
    const actual = levels[base + (vector.positions[i] as number)] as number;
    if (Number.isNaN(actual)) {
      unknown += 1;
      continue;
    }
    const expected = vector.expected[i] as number;
    const weight = vector.weights[i] as number;
    weightedExpected += weight * Math.max(0, expected);
    const shortfall = expected - actual;
    if (shortfall > tolerance) {
      weightedShortfall += weight * shortfall;
      if (vector.mandatory[i] === 1 && shortfall > mandatoryShortfall) {
        if (mandatoryMakesStretch(shortfall)) return 2;
        mandatoryShortfall = shortfall;
      }
      if (weightedShortfall > stretchAbove) return 2;
    }
  }
  const nothingKnown = unknown > 0 && unknown === n;
  if (nothingKnown || mandatoryMakesStretch(mandatoryShortfall)) return 2;
  let fit = 1;
  if (weightedExpected > 0)
    fit = Math.min(1, Math.max(0, 1 - weightedShortfall / weightedExpected));
  if (fit >= thresholds.ready) return unknown > 0 || mandatoryShortfall > 0 ? 1 : 0;
  return fit >= thresholds.close ? 1 : 2;
}
