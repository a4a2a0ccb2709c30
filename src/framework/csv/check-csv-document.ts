import type { FrameworkIssue, IssueDraft, ParseResult } from "../framework-issue.ts";
import { validateFrameworkData } from "../validate-framework-data.ts";
import { type CsvAssembly, cellIssue, type SheetCell } from "./csv-assembly.ts";
import { frameworkKeys } from "./csv-layout.ts";
import { fillEmptyText } from "./fill-empty-text.ts";

const nowhere: SheetCell = { file: "framework.csv", row: 1, column: 1, name: "", value: "" };

function frameworkKeyFor(path: readonly (string | number)[]): string | undefined {
  const wanted = JSON.stringify(path);
  const entry = Object.entries(frameworkKeys).find(
    ([, target]) => JSON.stringify(target) === wanted,
  );
  return entry?.[0];
}

function csvHint(draft: IssueDraft, cell: SheetCell): string {
  const empty = draft.code === "missing-field" || draft.code === "empty-text";
  if (!empty) return draft.hint;
  if (cell.name !== "") return `Fill in the "${cell.name}" cell.`;
  const key = frameworkKeyFor(draft.path);
  return key ? `Add the row "${key},…" to framework.csv.` : draft.hint;
}

function placeDraft(assembly: CsvAssembly, draft: IssueDraft): FrameworkIssue {
  const cell = assembly.locate(draft.path) ?? nowhere;
  return cellIssue(
    cell,
    { code: draft.code, message: draft.message, hint: csvHint(draft, cell) },
    draft.path,
  );
}

/**
 * Validates a document built from sheets with the same schema and checks as a YAML file, pointing
 * every issue back at the sheet cell it came from.
 */
export function checkCsvDocument(assembly: CsvAssembly, doc: unknown): ParseResult {
  const place = (drafts: IssueDraft[]) =>
    drafts.filter((draft) => !assembly.isReported(draft.path)).map((d) => placeDraft(assembly, d));
  // Empty required cells (common in spreadsheets) get stand-ins, so they hide no other problem.
  const { framework, errors, warnings } = validateFrameworkData(doc, (data, issues) => {
    const filled = fillEmptyText(data, issues);
    return { data: filled.doc, issues: filled.rest };
  });
  const issues = [...assembly.issues, ...place(errors)];
  if (framework && issues.length === 0) return { ok: true, framework, warnings: place(warnings) };
  return { ok: false, issues };
}
