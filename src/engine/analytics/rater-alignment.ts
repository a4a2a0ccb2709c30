import { formatLevel } from "../words.ts";
import type { Alignment, RaterLeniency } from "./org-analytics-types.ts";
import type { OrgScan } from "./org-scan.ts";

/** The share of competencies where a person's self-rating and their manager's are under a level apart. */
export function raterAlignment(scan: OrgScan): Alignment {
  const { compared, aligned } = scan.agreement;
  if (compared === 0) {
    return {
      compared,
      aligned,
      rate: null,
      reason:
        "No competency has both a self-rating and a manager rating yet, so alignment is unknown.",
    };
  }
  const rate = aligned / compared;
  return {
    compared,
    aligned,
    rate,
    reason: `Self and manager ratings are less than one level apart on ${Math.round(rate * 100)}% of the ${compared} competencies both rated.`,
  };
}

// Many raters share the same rounded leniency and count: build each distinct ending once.
function leniencyEnding(leniency: number, compared: number, endings: Map<number, string>): string {
  const tenths = Math.round(leniency * 10);
  const key = tenths * 1_000_000 + compared;
  let ending = endings.get(key);
  if (ending === undefined) {
    const ratings = compared === 1 ? "1 rating" : `${compared} ratings`;
    if (tenths === 0) {
      ending = ` rates in line with the other raters of the same people (${ratings}).`;
    } else {
      const direction = tenths > 0 ? "above" : "below";
      const size = formatLevel(Math.abs(tenths) / 10);
      ending = ` rates ${size} ${size === "1" ? "level" : "levels"} ${direction} the other raters of the same people on average (${ratings}).`;
    }
    endings.set(key, ending);
  }
  return ending;
}

/** Who a rater is, in words: their name, or who they are to the people read when not among them. */
function raterName(scan: OrgScan, r: number): string {
  const person = scan.people[r];
  return person ? person.name : "A rater outside these people";
}

/** Raters' leniency, and how many raters there were to list. */
export interface LeniencyList {
  leniency: RaterLeniency[];
  raters: number;
}

/**
 * Per rater, the mean difference between their rating and the other raters' mean for the same
 * person and competency; raters with nothing to compare are left out. At most `max` are listed:
 * those furthest from the other raters (then those with most ratings compared), since the ones
 * in line with everyone are what a calibration does not need to see. People come in their order,
 * then raters from outside the list by id, so assessment order never matters.
 */
export function raterLeniency(scan: OrgScan, max = Number.POSITIVE_INFINITY): LeniencyList {
  const { raterIds, leniencySum, leniencyCount } = scan;
  const outside = raterIds.slice(scan.people.length).sort();
  const positions = new Map(outside.map((id, at) => [id, scan.people.length + at]));
  const order = (r: number) =>
    r < scan.people.length ? r : (positions.get(raterIds[r] as string) ?? r);
  const values = new Float64Array(raterIds.length);
  let rated: number[] = [];
  for (let r = 0; r < raterIds.length; r++) {
    const compared = leniencyCount[r] as number;
    if (compared === 0) continue;
    values[r] = Math.round(((leniencySum[r] as number) / compared) * 1e6) / 1e6;
    rated.push(r);
  }
  const raters = rated.length;
  if (raters > max) {
    const furthest = (a: number, b: number) =>
      Math.abs(values[b] as number) - Math.abs(values[a] as number) ||
      (leniencyCount[b] as number) - (leniencyCount[a] as number) ||
      order(a) - order(b);
    rated = rated.sort(furthest).slice(0, Math.max(0, max));
  }
  rated.sort((a, b) => order(a) - order(b));
  const endings = new Map<number, string>();
  const leniency = rated.map((r) => {
    const raterId = raterIds[r] as string;
    const compared = leniencyCount[r] as number;
    const value = values[r] as number;
    return {
      raterId,
      compared,
      leniency: value,
      reason: raterName(scan, r) + leniencyEnding(value, compared, endings),
    };
  });
  return { leniency, raters };
}
