import type { LeniencyPart } from "../../engine/analytics/person-aggregate.ts";
import type { PackedLevels } from "../../engine/analytics/scan-from-aggregates.ts";
import type { Person } from "../../engine/types.ts";
import type { AnalyticsAggregateTexts } from "./analytics-aggregate-texts.ts";
import { readPackedLevels } from "./read-packed-levels.ts";

/** What analytics read: the people in answer order, their levels, leniency per rater. */
export interface AnalyticsAggregates {
  people: Person[];
  /** In the order of `people`, packed into one typed array. */
  levels: PackedLevels;
  leniency: LeniencyPart[];
}

type PersonTuple = [string, string, string | null, string | null, string | null];
type LeniencyTuple = [string, number, number];

/**
 * The aggregates from their JSON texts (`size` competencies per person): pure, so a worker
 * thread can do it. Levels go straight into a typed array, never an array per person.
 *
 * @example const { people } = parseAnalyticsAggregates(texts, framework.competencies.length);
 */
export function parseAnalyticsAggregates(
  texts: AnalyticsAggregateTexts,
  size: number,
): AnalyticsAggregates {
  const people = (JSON.parse(texts.people) as PersonTuple[]).map(
    ([id, name, roleId, managerId, team]) => ({ id, name, roleId, managerId, team }),
  );
  const levels = readPackedLevels(texts.levels, people.length, size);
  const leniency = (JSON.parse(texts.leniency) as LeniencyTuple[]).map(
    ([raterId, compared, sum]) => ({ raterId, compared, sum }),
  );
  return { people, levels, leniency };
}
