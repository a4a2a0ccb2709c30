import { maxFrameworkBytes } from "../limits.ts";
import { parseFramework } from "../parse-framework.ts";
import { detectFrameworkShape, isJobFamilyHeader } from "./detect-framework-shape.ts";
import { importJobFamily } from "./import-job-family.ts";
import { importMarkdown } from "./import-markdown.ts";
import { importMatrix } from "./import-matrix.ts";
import { type FrameworkShape, fileIssue, type ImportResult } from "./import-result.ts";
import { type TableResult, tableFromCsv } from "./table.ts";

function fromTable(
  read: TableResult,
  matrix: FrameworkShape,
  family: FrameworkShape,
): ImportResult {
  if (!read.ok) return { ok: false, shape: matrix, issues: read.issues };
  return isJobFamilyHeader(read.table.rows[0]?.cells ?? [])
    ? importJobFamily(read.table, family)
    : importMatrix(read.table, matrix);
}

function decodeText(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return null;
  }
}

/**
 * Reads a framework from one file of any shape Pathways takes: YAML or JSON, a one-sheet matrix
 * (CSV or XLSX), Markdown with front matter, or a job-family table (CSV or XLSX). Returns the
 * framework and everything that was assumed to complete it, or every problem with its row or line.
 * An XLSX workbook's first sheet comes already read as `workbook` (opening it is IO-bound work).
 *
 * @example
 * const result = importFrameworkFile("acme-ladder.csv", bytes);
 * if (result.ok) console.log(result.assumed.join("\n"));
 */
export function importFrameworkFile(
  fileName: string,
  bytes: Uint8Array,
  workbook?: TableResult,
): ImportResult {
  const shape = detectFrameworkShape(fileName, bytes);
  if (bytes.length > maxFrameworkBytes) {
    const message = `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a framework may be at most 5 MB`;
    const hint =
      "Trim or split long text: a whole career framework fits in a few hundred kilobytes.";
    return { ok: false, shape, issues: [fileIssue(fileName, "too-large", message, hint)] };
  }
  if (shape === "matrix-xlsx" || shape === "job-family-xlsx") {
    const table = workbook ?? {
      ok: false as const,
      issues: [
        fileIssue(
          fileName,
          "not-a-workbook",
          "the workbook could not be opened",
          "Upload the .xlsx workbook again, or save it as a UTF-8 CSV file.",
        ),
      ],
    };
    return fromTable(table, "matrix-xlsx", "job-family-xlsx");
  }
  if (shape === "multi-sheet-csv") {
    const hint =
      "Pass the folder holding all the sheets (framework.csv, roles.csv, ...), not one sheet; or lay your ladder out as one sheet: a row per competency, a column per level.";
    return {
      ok: false,
      shape,
      issues: [
        fileIssue(fileName, "single-sheet", "this is one sheet of the several-sheet layout", hint),
      ],
    };
  }
  const text = decodeText(bytes);
  if (text === null) {
    const hint =
      "Save the file as UTF-8 text (in Excel: File > Save As > CSV UTF-8), or upload the .xlsx workbook itself.";
    return {
      ok: false,
      shape,
      issues: [fileIssue(fileName, "encoding", "the file is not UTF-8 text", hint)],
    };
  }
  if (shape === "matrix-csv" || shape === "job-family-csv") {
    return fromTable(tableFromCsv(fileName, text), "matrix-csv", "job-family-csv");
  }
  if (shape === "markdown") return importMarkdown(fileName, text);
  const parsed = parseFramework(text, { fileName });
  return parsed.ok ? { ...parsed, shape, assumed: [] } : { ...parsed, shape };
}
