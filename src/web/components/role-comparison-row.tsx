import type { RoleChange } from "../api/types.ts";

/** How one competency's expectation differs between two roles; null when it stays the same. */
export interface ExpectationDifference {
  /** Short words shown on the highlighted cell, e.g. "Up from 2". */
  note: string;
  /** Whether the second role asks for more here, so its level descriptor is worth reading. */
  asksMore: boolean;
}

/**
 * What differs for one competency between the two compared roles: a level that rises, appears,
 * eases or is no longer expected. Null when both roles expect the same, so it stays unmarked.
 *
 * @example expectationDifference(change, "strategy", 2, 3) // { note: "Up from 2", asksMore: true }
 */
export function expectationDifference(
  change: RoleChange,
  competency: string,
  before: number | undefined,
  after: number | undefined,
): ExpectationDifference | null {
  if (before === after) return null;
  const rising = change.rising.find((r) => r.competency === competency);
  if (rising) return { note: `Up from ${rising.from}`, asksMore: true };
  if (change.newExpectations.some((e) => e.competency === competency)) {
    return { note: "New expectation", asksMore: true };
  }
  const lowered = change.lowered.find((l) => l.competency === competency);
  if (lowered) return { note: `Less than ${lowered.from}`, asksMore: false };
  if (after === undefined) return { note: "Not expected", asksMore: false };
  return null;
}
