import { Buffer } from "node:buffer";
import { decodeCsvFile } from "../../framework/csv/decode-csv-file.ts";
import { type CsvRecord, readCsv } from "../../framework/csv/read-csv.ts";
import { checkPeopleRow } from "./check-people-row.ts";
import type { ImportProblem, PeopleCsvRow } from "./import-problem.ts";
import {
  expectedColumns,
  fieldOfHeader,
  type PeopleField,
  peopleColumns,
} from "./people-columns.ts";

/** The largest people file accepted: 50,000 people take about 5 MB. */
export const maxPeopleFileBytes = 20 * 1024 * 1024;

/** The rows of a people file, or every problem that keeps it from being read. */
export type ReadPeopleResult =
  | { ok: true; rows: PeopleCsvRow[] }
  | { ok: false; problems: ImportProblem[] };

const refuse = (message: string, hint: string, row: number | null = null): ReadPeopleResult => ({
  ok: false,
  problems: [{ row, column: null, message, hint }],
});

function mapHeader(header: CsvRecord): {
  fields: (PeopleField | null)[];
  problems: ImportProblem[];
} {
  const fields = header.cells.map(fieldOfHeader);
  const problems: ImportProblem[] = [];
  const hint = `Use the columns: ${expectedColumns}.`;
  fields.forEach((field, index) => {
    const cell = header.cells[index] ?? "";
    if (field === null) {
      problems.push({ row: header.row, column: cell, message: `unknown column "${cell}"`, hint });
    } else if (fields.indexOf(field) !== index) {
      problems.push({
        row: header.row,
        column: cell,
        message: `column "${cell}" repeats "${peopleColumns[field].header}"`,
        hint,
      });
    }
  });
  for (const [field, column] of Object.entries(peopleColumns)) {
    if (column.required && !fields.includes(field as PeopleField)) {
      problems.push({
        row: header.row,
        column: column.header,
        message: `the column "${column.header}" is missing`,
        hint,
      });
    }
  }
  return { fields, problems };
}

function duplicateEmails(rows: readonly PeopleCsvRow[]): ImportProblem[] {
  const first = new Map<string, number>();
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    const key = row.email.toLowerCase();
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, row.row);
    else {
      problems.push({
        row: row.row,
        column: "email",
        message: `duplicate email: ${row.email} is also on row ${earlier} (emails are compared ignoring case), and each email belongs to one person`,
        hint: `Change the email on row ${row.row} or on row ${earlier}, or remove one of the two rows.`,
      });
    }
  }
  return problems;
}

/**
 * Reads an HRIS people export: UTF-8 CSV with a header row naming the columns (any common
 * spelling, any case), one person per row; reports every problem with its row and column.
 *
 * @example readPeopleCsv("name,email,job title\nAva,ava@acme.test,Product Manager\n")
 */
export function readPeopleCsv(
  content: string | Uint8Array,
  options: { maxBytes?: number } = {},
): ReadPeopleResult {
  const maxBytes = options.maxBytes ?? maxPeopleFileBytes;
  const size = typeof content === "string" ? Buffer.byteLength(content) : content.byteLength;
  if (size > maxBytes) {
    const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return refuse(
      `the file holds ${megabytes(size)}; a people file may be at most ${megabytes(maxBytes)}`,
      "Split the export into several files and import them one after another.",
    );
  }
  const decoded = decodeCsvFile("people.csv", content);
  if (!decoded.ok) return refuse(decoded.issue.message, decoded.issue.hint, decoded.issue.line);
  const { records, problems: syntax } = readCsv(decoded.text);
  const filled = records.filter((record) => record.cells.some((cell) => cell.trim() !== ""));
  const [header, ...body] = filled;
  if (!header) {
    return refuse("the file is empty", `Export people with a header row: ${expectedColumns}.`);
  }
  const problems: ImportProblem[] = syntax.map((problem) => ({
    row: problem.row,
    column: null,
    message: problem.message,
    hint: "Check the quotes on this row, or export the sheet again as CSV.",
  }));
  const mapped = mapHeader(header);
  problems.push(...mapped.problems);
  if (mapped.problems.length > 0) return { ok: false, problems };
  if (body.length === 0) {
    return refuse(
      "the file has a header but no people",
      "Add one row per person below the header.",
    );
  }
  const rows: PeopleCsvRow[] = [];
  for (const record of body) {
    const checked = checkPeopleRow(record, mapped.fields);
    if (checked.ok) rows.push(checked.row);
    else problems.push(...checked.problems);
  }
  problems.push(...duplicateEmails(rows));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
