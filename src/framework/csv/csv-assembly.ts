import type { FrameworkIssue } from "../framework-issue.ts";
import { listSeparator } from "./csv-layout.ts";

/** A document path, e.g. `["roles", 2, "rank"]`. */
export type DocPath = (string | number)[];

/** A cell of a sheet: its file, spreadsheet row, 1-based column, column name and trimmed text. */
export interface SheetCell {
  file: string;
  row: number;
  column: number;
  name: string;
  value: string;
}

/** What went wrong and how to fix it, before it is tied to a cell. */
export interface CsvProblem {
  code: string;
  message: string;
  hint: string;
}

const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function keyOf(path: readonly (string | number)[]): string {
  return JSON.stringify(path);
}

/** Turns a problem at a cell into a framework issue naming the file, row, column and column name. */
export function cellIssue(
  cell: SheetCell,
  problem: CsvProblem,
  path: DocPath = [],
): FrameworkIssue {
  const message = cell.name === "" ? problem.message : `${cell.name}: ${problem.message}`;
  return { ...problem, message, file: cell.file, line: cell.row, column: cell.column, path };
}

/**
 * Collects what an import finds while it builds the framework document from sheets: the issues,
 * and which cell each document path came from so later checks can point back at the sheet.
 */
export class CsvAssembly {
  readonly issues: FrameworkIssue[] = [];
  private readonly places = new Map<string, SheetCell>();
  private readonly reported = new Set<string>();

  /** Remembers that the value at `path` came from `cell`. */
  place(path: DocPath, cell: SheetCell): void {
    this.places.set(keyOf(path), cell);
  }

  /** Reports a problem at a cell; later checks stay silent about the same document path. */
  report(cell: SheetCell, problem: CsvProblem, path: DocPath = []): void {
    this.issues.push(cellIssue(cell, problem, path));
    if (path.length > 0) this.reported.add(keyOf(path));
  }

  /** Whether a problem at this document path was already reported from the sheet. */
  isReported(path: readonly (string | number)[]): boolean {
    return this.reported.has(keyOf(path));
  }

  /** The cell a document path came from, or that of the nearest enclosing path. */
  locate(path: readonly (string | number)[]): SheetCell | undefined {
    for (let length = path.length; length >= 0; length--) {
      const cell = this.places.get(keyOf(path.slice(0, length)));
      if (cell) return cell;
    }
    return undefined;
  }

  /** The cell's text for a required field; an empty cell is reported. */
  text(cell: SheetCell, path: DocPath): string {
    this.place(path, cell);
    if (cell.value === "") {
      const hint = `Fill in the "${cell.name}" cell: it is required.`;
      this.report(cell, { code: "empty-cell", message: "the cell is empty", hint }, path);
    }
    return cell.value;
  }

  /** The cell's text, or undefined when the cell is empty. */
  optionalText(cell: SheetCell, path: DocPath): string | undefined {
    this.place(path, cell);
    return cell.value === "" ? undefined : cell.value;
  }

  /** The ids or texts in a cell separated by `|`, without empty ones. */
  list(cell: SheetCell, path: DocPath): string[] {
    this.place(path, cell);
    return cell.value
      .split(listSeparator)
      .map((item) => item.trim())
      .filter((item) => item !== "");
  }

  /** The cell's yes or no; undefined when empty, and reported when it holds something else. */
  yesNo(cell: SheetCell, path: DocPath): boolean | undefined {
    this.place(path, cell);
    const value = cell.value.trim().toLowerCase();
    if (value === "") return undefined;
    if (value === "yes") return true;
    if (value === "no") return false;
    this.report(
      cell,
      {
        code: "not-yes-or-no",
        message: `the cell says "${cell.value}", but it should say yes or no`,
        hint: "Write yes or no, or leave the cell empty.",
      },
      path,
    );
    return undefined;
  }

  /** The cell's number; undefined (and reported) when it holds something else, or when empty. */
  number(cell: SheetCell, path: DocPath): number | undefined {
    this.place(path, cell);
    if (cell.value === "") return undefined;
    if (numberPattern.test(cell.value)) return Number(cell.value);
    this.report(
      cell,
      {
        code: "not-a-number",
        message: `the cell says "${cell.value}", but it should be a number`,
        hint: "Write a plain number such as 3 or 2.5, without units or words.",
      },
      path,
    );
    return undefined;
  }
}
