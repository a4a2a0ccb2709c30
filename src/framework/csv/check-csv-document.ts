import { checkFramework } from "../check-framework.ts";
import type { FrameworkIssue, IssueDraft, ParseResult } from "../framework-issue.ts";
import { repairData } from "../repair-data.ts";
import { frameworkSchema } from "../schema.ts";
import { schemaIssues } from "../schema-issues.ts";
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
  const empty = draft.code === "missing-field" || draft.message === "must not be empty";
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
  const parsed = frameworkSchema.safeParse(doc, { reportInput: true });
  if (parsed.success) {
    const { errors, warnings } = checkFramework(parsed.data);
    const issues = [...assembly.issues, ...place(errors)];
    if (issues.length === 0) return { ok: true, framework: parsed.data, warnings: place(warnings) };
    return { ok: false, issues };
  }
  const drafts = schemaIssues(parsed.error.issues);
  const structural = place(drafts);
  // As for YAML: set aside what can safely go and check the rest, so one run reports everything.
  const filled = fillEmptyText(doc, parsed.error.issues);
  const repaired = frameworkSchema.safeParse(repairData(filled.doc, filled.rest));
  const seen = new Set(drafts.map((draft) => JSON.stringify(draft.path)));
  const fresh = (draft: IssueDraft) => !seen.has(JSON.stringify(draft.path));
  const references = repaired.success
    ? place(checkFramework(repaired.data).errors.filter(fresh))
    : [];
  return { ok: false, issues: [...assembly.issues, ...structural, ...references] };
}
