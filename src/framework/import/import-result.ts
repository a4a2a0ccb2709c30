import type { FrameworkIssue } from "../framework-issue.ts";
import type { Framework } from "../schema.ts";

/** The shapes of file a framework can be imported from. */
export const frameworkShapes = [
  "yaml",
  "json",
  "multi-sheet-csv",
  "matrix-csv",
  "matrix-xlsx",
  "markdown",
  "job-family-csv",
  "job-family-xlsx",
] as const;
export type FrameworkShape = (typeof frameworkShapes)[number];

/** Something an importer filled in because the file did not say it, in plain words. */
export type Assumption = string;

/** A framework read from a file, with every item that was assumed, or every problem found. */
export type ImportResult =
  | {
      ok: true;
      shape: FrameworkShape;
      framework: Framework;
      warnings: FrameworkIssue[];
      assumed: Assumption[];
    }
  | { ok: false; shape: FrameworkShape | null; issues: FrameworkIssue[] };

/** One problem without a single place in the file. */
export function fileIssue(file: string, code: string, message: string, hint: string) {
  return { code, message, hint, file, line: null, column: null, path: [] } as FrameworkIssue;
}

/** One problem at a row (or line) and column of the file. */
export function issueAt(
  file: string,
  place: { line: number; column?: number },
  code: string,
  message: string,
  hint: string,
): FrameworkIssue {
  return { code, message, hint, file, line: place.line, column: place.column ?? 1, path: [] };
}
