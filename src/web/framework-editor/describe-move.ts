import type { Transition } from "../api/types.ts";
import { transitionKindInfo } from "../career-map/transition-kinds.ts";

/**
 * A move's typical duration in a few words, as context only; "" when the framework gives none.
 *
 * @example typicalYears({ minYears: 1, maxYears: 2 }) // "usually 1–2 years"
 */
export function typicalYears(duration: Transition["typicalDuration"]): string {
  if (!duration) return "";
  const { minYears, maxYears } = duration;
  if (minYears === maxYears) return `usually ${minYears} ${minYears === 1 ? "year" : "years"}`;
  return `usually ${minYears}–${maxYears} years`;
}

/**
 * A move as a product manager would name it: both roles by title, its kind and how long it
 * usually takes.
 *
 * @example
 * describeMove(move, titleOf) // "Senior Product Manager → Group Product Manager, promotion, usually 1–2 years"
 */
export function describeMove(
  transition: Pick<Transition, "from" | "to" | "kind" | "typicalDuration">,
  titleOf: (roleId: string) => string,
): string {
  const years = typicalYears(transition.typicalDuration);
  const kind = transitionKindInfo[transition.kind].label.toLowerCase();
  return `${titleOf(transition.from)} → ${titleOf(transition.to)}, ${kind}${years ? `, ${years}` : ""}`;
}
