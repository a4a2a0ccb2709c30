import type { Framework } from "../../framework/schema.ts";
import { type CompetencyTrend, trendOf } from "./competency-trend.ts";

/** What a closed cycle kept of a person, as the trend reads it. */
export interface CyclePoint {
  /** The cycle's name, which labels the point. */
  cycleName: string;
  /** When the snapshot was taken (ISO). */
  at: string;
  /** Competency id -> the level then, or null when it was unrated. */
  levels: Readonly<Record<string, number | null>>;
}

/**
 * Per competency, the level each closed cycle kept of the person (oldest first), labelled with
 * the cycle's name; competencies a cycle found unrated have no point for it.
 *
 * @example cycleTrend(framework, points)[0]?.reason
 * // "Product strategy grew from 2 to 3 from H1 2026 check-in to H2 2026 check-in."
 */
export function cycleTrend(framework: Framework, cycles: readonly CyclePoint[]): CompetencyTrend[] {
  return framework.competencies.map((competency) =>
    trendOf(
      competency,
      cycles.flatMap((cycle) => {
        const level = cycle.levels[competency.id];
        return level === null || level === undefined
          ? []
          : [{ at: cycle.at, level, label: cycle.cycleName }];
      }),
      "cycle",
    ),
  );
}
