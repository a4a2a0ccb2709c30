import type { CsvRecord } from "../../framework/csv/read-csv.ts";
import { restoreNeutralisedCell } from "../csv-exports/neutralise-formula.ts";
import type { ImportProblem, PeopleCsvRow } from "./import-problem.ts";
import { type PeopleField, peopleColumns } from "./people-columns.ts";

const emailPattern = /^[^\s@]+@[^\s@]+$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDate(text: string): boolean {
  const match = datePattern.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * Checks one record of a people file against its header's fields: required cells filled, emails
 * and dates well formed, no cells beyond the header.
 */
export function checkPeopleRow(
  record: CsvRecord,
  fields: readonly (PeopleField | null)[],
): { ok: true; row: PeopleCsvRow } | { ok: false; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const cell = (field: PeopleField): string => {
    const index = fields.indexOf(field);
    // An exported file imports as it was: the quote the export put before a formula goes.
    return index < 0 ? "" : restoreNeutralisedCell((record.cells[index] ?? "").trim()).trim();
  };
  const report = (field: PeopleField, message: string, hint: string) =>
    problems.push({ row: record.row, column: peopleColumns[field].header, message, hint });
  if (record.cells.length > fields.length) {
    problems.push({
      row: record.row,
      column: null,
      message: `the row has ${record.cells.length} cells but the header names ${fields.length} columns`,
      hint: "Quote cells that hold commas, or remove the extra cells.",
    });
  }
  for (const field of ["name", "email"] as const) {
    if (cell(field) === "")
      report(field, `the ${peopleColumns[field].header} is empty`, "Fill it in or remove the row.");
  }
  if (cell("jobTitle") === "" && cell("roleId") === "") {
    report(
      "jobTitle",
      "the job title is empty",
      "Fill in the job title (or the role id), or remove the row.",
    );
  }
  const email = cell("email");
  if (email !== "" && !emailPattern.test(email)) {
    report("email", `"${email}" is not an email address`, "Write it as name@company.com.");
  }
  const managerEmail = cell("managerEmail");
  if (managerEmail !== "" && !emailPattern.test(managerEmail)) {
    report(
      "managerEmail",
      `"${managerEmail}" is not an email address`,
      "Use the manager's work email, or leave it empty.",
    );
  }
  const startDate = cell("startDate");
  if (startDate !== "" && !isDate(startDate)) {
    report(
      "startDate",
      `"${startDate}" is not a date`,
      "Write dates as YYYY-MM-DD, e.g. 2024-03-01.",
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    row: {
      row: record.row,
      name: cell("name"),
      email,
      jobTitle: cell("jobTitle"),
      roleId: cell("roleId") || null,
      managerEmail: managerEmail || null,
      team: cell("team") || null,
      startDate: startDate || null,
    },
  };
}
