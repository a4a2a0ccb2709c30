import type { Framework } from "../../framework/schema.ts";
import { type EngineOptions, resolveOptions } from "../options.ts";
import type { Assessment } from "../types.ts";
import { scanOrg } from "./org-scan.ts";

/** What one rater's ratings of one person add to that rater's leniency. */
export interface LeniencyPart {
  raterId: string;
  /** Ratings compared with the person's other raters. */
  compared: number;
  /** Sum of (this rating - the others' mean) over those ratings. */
  sum: number;
}

/**
 * Everything org and team analytics read about one person, kept so that no read goes back to the
 * rating history: the aggregated level per competency (framework order; null when unrated), the
 * self-vs-manager agreement counts, and what each of the person's raters adds to their leniency.
 */
export interface PersonAggregate {
  personId: string;
  levels: (number | null)[];
  compared: number;
  aligned: number;
  leniency: LeniencyPart[];
}

/**
 * One person's aggregate from their submitted assessments (already carried onto `framework`),
 * computed by the same scan as org analytics, so the two can never disagree.
 *
 * @example personAggregate(framework, "ava", avasAssessments).levels[0] // 3.5
 */
export function personAggregate(
  framework: Framework,
  personId: string,
  assessments: readonly Assessment[],
  options: Partial<EngineOptions> = {},
): PersonAggregate {
  const person = { id: personId, name: "", roleId: null, managerId: null, team: null };
  const scan = scanOrg(framework, [person], assessments, [], resolveOptions(options));
  const levels = Array.from(scan.levels, (level) => (Number.isNaN(level) ? null : level));
  const leniency: LeniencyPart[] = [];
  for (let r = 0; r < scan.raterIds.length; r++) {
    const compared = scan.leniencyCount[r] as number;
    if (compared > 0) {
      leniency.push({
        raterId: scan.raterIds[r] as string,
        compared,
        sum: scan.leniencySum[r] as number,
      });
    }
  }
  return { personId, levels, ...scan.agreement, leniency };
}

/** One person's submitted assessments, carried onto the framework their aggregate is on. */
export interface PersonAssessments {
  personId: string;
  assessments: readonly Assessment[];
}

/**
 * The aggregates of several people, in the order given: what a batch of a rebuild computes,
 * as plain data in and out so a worker thread can do it.
 *
 * @example personAggregates(framework, [{ personId: "ava", assessments }])[0]?.personId // "ava"
 */
export function personAggregates(
  framework: Framework,
  people: readonly PersonAssessments[],
): PersonAggregate[] {
  return people.map((person) => personAggregate(framework, person.personId, person.assessments));
}
