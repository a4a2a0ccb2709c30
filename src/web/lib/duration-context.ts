import type { Transition } from "../api/types.ts";

/**
 * A move's typical duration as context, never a deadline; "" when the framework gives none.
 *
 * @example durationContext({ typicalDuration: { minYears: 2, maxYears: 5 } }) // "often 2–5 years, as context and never a deadline"
 */
export function durationContext(transition: Pick<Transition, "typicalDuration">): string {
  const range = transition.typicalDuration;
  if (!range) return "";
  return `often ${range.minYears}–${range.maxYears} years, as context and never a deadline`;
}
