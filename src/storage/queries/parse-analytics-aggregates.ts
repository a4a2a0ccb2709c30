import type { LeniencyPart } from "../../engine/analytics/person-aggregate.ts";
import type { StoredLevels } from "../../engine/analytics/scan-from-aggregates.ts";
import type { Person } from "../../engine/types.ts";
import type { AnalyticsAggregateTexts } from "./analytics-aggregate-texts.ts";

/** What analytics read: the people in answer order, their levels, leniency per rater. */
export interface AnalyticsAggregates {
  people: Person[];
  /** In the order of `people`: null for a person without ratings. */
  levels: (StoredLevels | null)[];
  leniency: LeniencyPart[];
}

type PersonTuple = [string, string, string | null, string | null, string | null];
type LevelsTuple = [number[], number, number] | null;
type LeniencyTuple = [string, number, number];

/**
 * The aggregates from their JSON texts: pure, so a worker thread can do it.
 *
 * @example const { people } = parseAnalyticsAggregates(texts);
 */
export function parseAnalyticsAggregates(texts: AnalyticsAggregateTexts): AnalyticsAggregates {
  const people = (JSON.parse(texts.people) as PersonTuple[]).map(
    ([id, name, roleId, managerId, team]) => ({ id, name, roleId, managerId, team }),
  );
  const levels = (JSON.parse(texts.levels) as LevelsTuple[]).map((tuple) =>
    tuple === null ? null : { levels: tuple[0], compared: tuple[1], aligned: tuple[2] },
  );
  const leniency = (JSON.parse(texts.leniency) as LeniencyTuple[]).map(
    ([raterId, compared, sum]) => ({ raterId, compared, sum }),
  );
  return { people, levels, leniency };
}
