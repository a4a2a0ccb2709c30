import type { Transition } from "../api/types.ts";

type Duration = NonNullable<Transition["typicalDuration"]>;

/**
 * A typical duration after one of its two fields changed: a new bound keeps the other (or
 * matches it when there is none yet); a cleared "at least" becomes 0, a cleared "at most" falls
 * back to "at least", and clearing the last bound above zero leaves the duration out.
 *
 * @example editDuration({ minYears: 1, maxYears: 2 }, "maxYears", 3) // { minYears: 1, maxYears: 3 }
 */
export function editDuration(
  duration: Duration | undefined,
  side: keyof Duration,
  value: number | undefined,
): Duration | undefined {
  if (value !== undefined) {
    if (side === "minYears") return { minYears: value, maxYears: duration?.maxYears ?? value };
    return { minYears: duration?.minYears ?? value, maxYears: value };
  }
  if (!duration) return undefined;
  const other = side === "minYears" ? duration.maxYears : duration.minYears;
  if (other === 0) return undefined;
  return side === "minYears"
    ? { minYears: 0, maxYears: duration.maxYears }
    : { minYears: duration.minYears, maxYears: duration.minYears };
}
