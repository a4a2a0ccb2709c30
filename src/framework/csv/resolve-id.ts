import { closestIdsHint } from "../closest-id.ts";
import type { CsvAssembly, SheetCell } from "./csv-assembly.ts";

/** The kinds of id a sheet refers to, each with the sheet that declares them. */
const declaredIn = {
  role: "roles.csv",
  competency: "competencies.csv",
  "entry route": "entry-routes.csv",
} as const;

/**
 * The index of the row declaring the id a cell refers to, or undefined (and reported) when no row
 * declares it, naming the closest declared ids.
 */
export function resolveId(
  assembly: CsvAssembly,
  cell: SheetCell,
  kind: keyof typeof declaredIn,
  declared: readonly string[],
): number | undefined {
  const index = declared.indexOf(cell.value);
  if (index >= 0) return index;
  const message = cell.value === "" ? `names no ${kind}` : `no ${kind} has the id "${cell.value}"`;
  assembly.report(cell, {
    code: `unknown-${kind.replace(" ", "-")}`,
    message,
    hint: `${closestIdsHint(kind, cell.value, declared)} Ids are declared in ${declaredIn[kind]}.`,
  });
  return undefined;
}
