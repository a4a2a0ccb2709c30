import type { CsvAssembly, DocPath } from "./csv-assembly.ts";
import type { SheetRow } from "./read-sheet.ts";

/**
 * How a cell becomes a field: required text, optional text, a number, yes or no, or a
 * `|`-separated list.
 */
export type FieldKind = "text" | "optional" | "number" | "yes-no" | "list";

/** Document field -> the column it comes from and how the cell is read. */
export type FieldMap = Record<string, readonly [column: string, kind: FieldKind]>;

/**
 * Builds one document object from a sheet row, remembering where each field came from; fields
 * whose cells are empty (and not required text) are left out so the format's defaults apply.
 */
export function rowFields(
  assembly: CsvAssembly,
  row: SheetRow,
  path: DocPath,
  fields: FieldMap,
): Record<string, unknown> {
  const first = Object.values(fields)[0];
  if (first) assembly.place(path, row.get(first[0]));
  const result: Record<string, unknown> = {};
  for (const [field, [column, kind]] of Object.entries(fields)) {
    const cell = row.get(column);
    const at = [...path, field];
    const value =
      kind === "text"
        ? assembly.text(cell, at)
        : kind === "optional"
          ? assembly.optionalText(cell, at)
          : kind === "number"
            ? assembly.number(cell, at)
            : kind === "yes-no"
              ? assembly.yesNo(cell, at)
              : assembly.list(cell, at);
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) result[field] = value;
  }
  return result;
}
