import { decodeCsvFile } from "../csv/decode-csv-file.ts";
import { type CsvRecord, readCsv } from "../csv/read-csv.ts";
import type { FrameworkIssue } from "../framework-issue.ts";
import { issueAt } from "./import-result.ts";

/** One sheet of cells: its rows (blank ones left out) with the row numbers a spreadsheet shows. */
export interface Table {
  file: string;
  rows: CsvRecord[];
}

/** A table, or why the file cannot be read as one. */
export type TableResult = { ok: true; table: Table } | { ok: false; issues: FrameworkIssue[] };

const isBlank = (record: CsvRecord) => record.cells.every((cell) => cell.trim() === "");

/** Keeps the rows that hold something, with their cells trimmed. */
export function tableOf(file: string, records: CsvRecord[]): Table {
  const rows = records
    .filter((record) => !isBlank(record))
    .map((record) => ({ row: record.row, cells: record.cells.map((cell) => cell.trim()) }));
  return { file, rows };
}

/**
 * Reads one CSV sheet as a table, reporting unreadable bytes and broken quotes with their row.
 *
 * @example tableFromCsv("ladder.csv", "Competency,Level 1\nDelivery,Ships small tasks\n")
 */
export function tableFromCsv(file: string, content: string | Uint8Array): TableResult {
  const decoded = decodeCsvFile(file, content);
  if (!decoded.ok) return { ok: false, issues: [decoded.issue] };
  const { records, problems } = readCsv(decoded.text);
  if (problems.length > 0) {
    const hint =
      'Put quotes around a cell that holds commas or line breaks, and double any quote inside it ("").';
    return {
      ok: false,
      issues: problems.map((problem) =>
        issueAt(
          file,
          { line: problem.row, column: problem.column },
          "csv-syntax",
          problem.message,
          hint,
        ),
      ),
    };
  }
  return { ok: true, table: tableOf(file, records) };
}
