import { shortfallWords } from "../words.ts";
import type { LeniencyPart } from "./person-aggregate.ts";

/** How one manager rates, in words a calibration committee can correct for. */
export interface ManagerLeniency {
  managerId: string;
  /** Whether there were enough of their ratings to tell; the words say so either way. */
  known: boolean;
  /** e.g. "Ben rates about half a level above what the same people's own and peers' ratings show, more generously than most other managers." */
  words: string;
}

/** Fewer compared ratings than this tell too little about how someone rates. */
export const leniencyMinimumRatings = 6;

// Within a quarter level of the other managers' middle reads as "much like them".
const likeOthers = 0.25;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function againstOthers(mean: number): string {
  if (Math.round(Math.abs(mean) * 2) === 0) {
    return "rates in line with what the same people's own and peers' ratings show";
  }
  const direction = mean > 0 ? "above" : "below";
  return `rates about ${shortfallWords(Math.abs(mean))} ${direction} what the same people's own and peers' ratings show`;
}

function againstManagers(mean: number, others: readonly number[]): string {
  if (others.length < 2) return "; too few other managers have rated enough to compare with";
  const gap = mean - median(others);
  if (gap >= likeOthers) return ", more generously than most other managers";
  if (gap <= -likeOthers) return ", more strictly than most other managers";
  return ", much like the other managers";
}

/**
 * Each manager's rating leniency in words: how their ratings sit against the other ratings of
 * the same people and competencies (self, peers and other managers, from the analytics
 * aggregates), to the nearest half level, and against the other managers' leniency. Below
 * {@link leniencyMinimumRatings} compared ratings the words say there is too little to tell.
 *
 * @example
 * managerLeniency(parts, [{ id: "ben", name: "Ben" }], ["ben", "cleo", "dana"])[0]?.words;
 * // "Ben rates about half a level above what the same people's own and peers' ratings show, more generously than most other managers."
 */
export function managerLeniency(
  parts: readonly LeniencyPart[],
  managers: readonly { id: string; name: string }[],
  allManagerIds: readonly string[],
): ManagerLeniency[] {
  const sums = new Map<string, { sum: number; compared: number }>();
  for (const part of parts) {
    const total = sums.get(part.raterId) ?? { sum: 0, compared: 0 };
    total.sum += part.sum;
    total.compared += part.compared;
    sums.set(part.raterId, total);
  }
  const meanOf = (id: string): number | null => {
    const total = sums.get(id);
    return total && total.compared >= leniencyMinimumRatings ? total.sum / total.compared : null;
  };
  const means = new Map<string, number>();
  for (const id of new Set(allManagerIds)) {
    const mean = meanOf(id);
    if (mean !== null) means.set(id, mean);
  }
  return managers.map((manager) => {
    const mean = means.get(manager.id) ?? meanOf(manager.id);
    if (mean === null || mean === undefined) {
      return {
        managerId: manager.id,
        known: false,
        words: `Too few of ${manager.name}'s ratings can be set beside other ratings of the same people to tell how they rate.`,
      };
    }
    const others = [...means].filter(([id]) => id !== manager.id).map(([, value]) => value);
    return {
      managerId: manager.id,
      known: true,
      words: `${manager.name} ${againstOthers(mean)}${againstManagers(mean, others)}.`,
    };
  });
}
