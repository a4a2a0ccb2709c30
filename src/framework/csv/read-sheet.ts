import { closestIds, editDistance } from "../closest-id.ts";
import type { CsvAssembly, CsvProblem, SheetCell } from "./csv-assembly.ts";
import type { CsvSheetLayout } from "./csv-layout.ts";
import { type CsvRecord, readCsv } from "./read-csv.ts";

/** One data row of a sheet, with its cells by column name and its extra (level or competency) cells. */
export interface SheetRow {
  row: number;
  /** The cell in a named column; an empty cell when the sheet has no such column. */
  get(name: string): SheetCell;
  extras: SheetCell[];
}

/** A sheet read against its layout: the header's cells and the non-blank data rows. */
export interface Sheet {
  file: string;
  header: SheetCell[];
  extras: SheetCell[];
  rows: SheetRow[];
}

/** A sheet, and whether its problems stop the import before the framework can be checked. */
export interface ReadSheetResult {
  sheet: Sheet;
  blocking: boolean;
}

const levelHeader = /^level_[0-9]+$/;

function headerHint(layout: CsvSheetLayout): string {
  const required = layout.columns.filter((name) => !layout.optional.includes(name));
  const optional = layout.optional.length > 0 ? ` (optional: ${layout.optional.join(", ")})` : "";
  const extra = {
    levels: ", then level_1, level_2 … one per scale level",
    competencies: ", then one column per competency id",
    none: "",
  }[layout.extra ?? "none"];
  return `The first row of ${layout.file} names its columns: ${required.join(", ")}${optional}${extra}.`;
}

function unknownColumn(layout: CsvSheetLayout, name: string): CsvProblem {
  const [closest] = closestIds(name, layout.columns, 1);
  const near = closest !== undefined && editDistance(name, closest) <= 3;
  return {
    code: "unknown-column",
    message: `unknown column "${name}"`,
    hint: near ? `Did you mean "${closest}"? Rename or remove the column.` : headerHint(layout),
  };
}

function normalise(layout: CsvSheetLayout, raw: string): string {
  const trimmed = raw.trim();
  const lower = trimmed.toLowerCase();
  const known =
    layout.columns.includes(lower) || (layout.extra === "levels" && levelHeader.test(lower));
  return known ? lower : trimmed;
}

function cellsOf(file: string, header: readonly SheetCell[], row: number, cells: string[]) {
  return cells.map((raw, index) => ({
    file,
    row,
    column: index + 1,
    name: header[index]?.name ?? "",
    value: raw.trim(),
  }));
}

interface SheetHeader {
  cells: SheetCell[];
  named: SheetCell[];
  extras: SheetCell[];
  blocking: boolean;
}

function readHeader(layout: CsvSheetLayout, first: CsvRecord, assembly: CsvAssembly): SheetHeader {
  const cells = cellsOf(layout.file, [], first.row, first.cells).map((cell) => ({
    ...cell,
    name: normalise(layout, cell.value),
  }));
  const result: SheetHeader = { cells, named: [], extras: [], blocking: false };
  const seen = new Set<string>();
  for (const cell of cells) {
    if (cell.name === "") continue;
    if (seen.has(cell.name)) {
      result.blocking = true;
      const hint = "Keep one column of each name: remove or rename the repeated one.";
      assembly.report(cell, {
        code: "duplicate-column",
        message: "the column appears twice",
        hint,
      });
      continue;
    }
    seen.add(cell.name);
    const extra =
      layout.extra === "competencies" || (layout.extra === "levels" && levelHeader.test(cell.name));
    if (layout.columns.includes(cell.name)) result.named.push(cell);
    else if (extra) result.extras.push(cell);
    else assembly.report(cell, unknownColumn(layout, cell.name));
  }
  const hint = headerHint(layout);
  for (const name of layout.columns) {
    if (seen.has(name) || layout.optional.includes(name)) continue;
    result.blocking = true;
    const at = { file: layout.file, row: first.row, column: cells.length + 1, name: "", value: "" };
    assembly.report(at, { code: "missing-column", message: `missing column "${name}"`, hint });
  }
  return result;
}

function readRow(file: string, header: SheetHeader, record: CsvRecord, assembly: CsvAssembly) {
  const cells = cellsOf(file, header.cells, record.row, record.cells);
  for (const cell of cells) {
    if (cell.name !== "" || cell.value === "") continue;
    assembly.report(cell, {
      code: "cell-outside-columns",
      message: "this cell is in a column with no name in the first row",
      hint: "Name the column in the first row, or move the text into a named column.",
    });
  }
  const byName = new Map(cells.filter((cell) => cell.name !== "").map((cell) => [cell.name, cell]));
  const absent = (name: string): SheetCell => {
    const column = header.cells.length + 1;
    return { file, row: record.row, column, name, value: "" };
  };
  const row: SheetRow = {
    row: record.row,
    get: (name) => byName.get(name) ?? absent(name),
    extras: header.extras.map(
      (column) => byName.get(column.name) ?? { ...column, row: record.row, value: "" },
    ),
  };
  return row;
}

/**
 * Reads one sheet's text against its layout, reporting syntax problems, an empty file, missing,
 * unknown or repeated columns and cells outside the named columns.
 */
export function readSheet(
  layout: CsvSheetLayout,
  text: string,
  assembly: CsvAssembly,
): ReadSheetResult {
  const { file } = layout;
  const { records, problems } = readCsv(text);
  for (const problem of problems) {
    const hint =
      "Put a cell holding commas, quotes or line breaks in double quotes, and double any quote inside it.";
    const at = { file, row: problem.row, column: problem.column, name: "", value: "" };
    assembly.report(at, { code: "csv-syntax", message: problem.message, hint });
  }
  const [first, ...rest] = records.filter((record) => record.cells.some((c) => c.trim() !== ""));
  if (first === undefined) {
    const at = { file, row: 1, column: 1, name: "", value: "" };
    const hint = headerHint(layout);
    assembly.report(at, { code: "empty-file", message: "the file is empty", hint });
    return { sheet: { file, header: [], extras: [], rows: [] }, blocking: true };
  }
  if (first.cells.length === 1 && (first.cells[0] ?? "").includes(";")) {
    // Excel in many European locales saves "CSV" with semicolons between cells.
    const at = { file, row: first.row, column: 1, name: "", value: "" };
    const hint =
      "Save the sheet as CSV UTF-8 with commas between cells (or change the list separator in your system settings).";
    assembly.report(at, { code: "semicolons", message: "cells are separated by semicolons", hint });
    return { sheet: { file, header: [], extras: [], rows: [] }, blocking: true };
  }
  const header = readHeader(layout, first, assembly);
  const rows = rest.map((record) => readRow(file, header, record, assembly));
  const sheet = { file, header: header.named, extras: header.extras, rows };
  return { sheet, blocking: header.blocking || problems.length > 0 };
}
