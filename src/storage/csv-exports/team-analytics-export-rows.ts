import type { TeamHeatmap } from "../../engine/analytics/org-analytics-types.ts";
import type { Framework } from "../../framework/schema.ts";

/** The team analytics export's columns, in order. */
export const teamAnalyticsExportHeader = [
  "team",
  "people",
  "competency id",
  "competency",
  "mean level",
  "people rated",
];

/**
 * One row per team and competency of an analytics heatmap: the mean aggregated level (two
 * decimals, empty when nobody is rated) and how many people it rests on.
 *
 * @example writeCsv(teamAnalyticsExportRows(orgAnalytics(framework, org).heatmap, framework))
 */
export function teamAnalyticsExportRows(
  heatmap: readonly TeamHeatmap[],
  framework: Framework,
): string[][] {
  const names = new Map(
    framework.competencies.map((competency) => [competency.id, competency.name]),
  );
  const rows = heatmap.flatMap((team) =>
    team.competencies.map((cell) => [
      team.team,
      String(team.people),
      cell.competency,
      names.get(cell.competency) ?? cell.competency,
      cell.mean === null ? "" : cell.mean.toFixed(2),
      String(cell.count),
    ]),
  );
  return [teamAnalyticsExportHeader, ...rows];
}
