import { writeCsv } from "../csv/write-csv.ts";
import type { Framework, Role } from "../schema.ts";

/** The roles of the framework's largest track, most junior first: the ladder a matrix shows. */
function ladderRoles(framework: Framework): Role[] {
  const counts = framework.tracks.map(
    (track) => framework.roles.filter((role) => role.track === track.id).length,
  );
  const widest = framework.tracks[counts.indexOf(Math.max(...counts))]?.id;
  return framework.roles.filter((role) => role.track === widest).sort((a, b) => a.rank - b.rank);
}

/**
 * The framework as one sheet: a row per competency (more rows when a level has several criteria),
 * Area and Description columns, then one column per role of its main ladder holding what that role
 * asks in the competency. Imported again, it gives the same ladder.
 *
 * @example frameworkToMatrixRows(framework)[0] // ["Area", "Competency", "Description", "Associate PM", …]
 */
export function frameworkToMatrixRows(framework: Framework): string[][] {
  const roles = ladderRoles(framework);
  const rows: string[][] = [
    ["Area", "Competency", "Description", ...roles.map((role) => role.title)],
  ];
  for (const competency of framework.competencies) {
    const cells = roles.map((role) => {
      const expected = role.expectations[competency.id];
      const descriptor =
        expected === undefined ? undefined : competency.levels[String(Math.round(expected))];
      if (descriptor === undefined) return [];
      return typeof descriptor === "string" ? [descriptor] : descriptor;
    });
    const height = Math.max(1, ...cells.map((criteria) => criteria.length));
    for (let line = 0; line < height; line += 1) {
      rows.push([
        line === 0 ? competency.area : "",
        competency.name,
        line === 0 ? competency.description : "",
        ...cells.map((criteria) => criteria[line] ?? ""),
      ]);
    }
  }
  return rows;
}

/** The framework as a one-sheet matrix CSV (see frameworkToMatrixRows). */
export function frameworkToMatrixCsv(framework: Framework): string {
  return writeCsv(frameworkToMatrixRows(framework));
}
