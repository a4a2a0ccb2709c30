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

/**
 * Per rater, the mean difference between their rating and the other raters' mean for the same
 * person and competency; raters with nothing to compare are left out. People come in their
 * order, then raters from outside the list by id, so assessment order never matters.
 */
export function raterLeniency(scan: OrgScan): RaterLeniency[] {
  const result: RaterLeniency[] = [];
  const { raterIds, leniencySum, leniencyCount } = scan;
  const outside = raterIds.slice(scan.people.length).sort();
  const positions = new Map(outside.map((id, at) => [id, scan.people.length + at]));
  const order = (r: number) =>
    r < scan.people.length ? r : (positions.get(raterIds[r] as string) ?? r);
  const slots: (RaterLeniency | undefined)[] = new Array(raterIds.length);
  const endings = new Map<number, string>();
  for (let r = 0; r < raterIds.length; r++) {
    const compared = leniencyCount[r] as number;
    if (compared === 0) continue;
    const leniency = Math.round(((leniencySum[r] as number) / compared) * 1e6) / 1e6;
    const raterId = raterIds[r] as string;
    slots[order(r)] = {
      raterId,
      compared,
      leniency,
      reason: raterId + leniencyEnding(leniency, compared, endings),
    };
  }
  for (const entry of slots) if (entry !== undefined) result.push(entry);
  return result;
}
