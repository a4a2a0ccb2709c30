import { writeCsv } from "../../framework/csv/write-csv.ts";
import { neutraliseFormula } from "./neutralise-formula.ts";

/**
 * Writes an export (header row first) as CSV with every cell below the header made inert in a
 * spreadsheet: the one writer all CSV exports use. Cells of `numericColumns` (named by header)
 * keep plain numbers, negative ones included, as they are.
 *
 * @example writeExportCsv([["name", "level"], ["=cmd", "-1"]], { numericColumns: ["level"] }) // "name,level\n'=cmd,-1\n"
 */
export function writeExportCsv(
  rows: readonly (readonly string[])[],
  options: { numericColumns?: readonly string[] } = {},
): string {
  const [header, ...body] = rows;
  if (!header) return "";
  const numeric = header.map((name) => options.numericColumns?.includes(name) ?? false);
  return writeCsv([
    header,
    ...body.map((cells) =>
      cells.map((cell, index) => neutraliseFormula(cell, { numeric: numeric[index] })),
    ),
  ]);
}
