import type { Framework } from "./schema.ts";

/** One problem found in a framework file: what, where (file, line, column, path) and how to fix it. */
export interface FrameworkIssue {
  /** Stable machine-readable kind, e.g. `unknown-competency` or `yaml-syntax`. */
  code: string;
  message: string;
  hint: string;
  file: string;
  /** 1-based; null when the problem has no single place in the file (e.g. it is unreadable). */
  line: number | null;
  /** 1-based; null together with line. */
  column: number | null;
  /** Where in the document, e.g. `["roles", 2, "expectations", "strategy"]`. */
  path: (string | number)[];
}

/** The outcome of loading a framework: the framework and any warnings, or every error found. */
export type ParseResult =
  | { ok: true; framework: Framework; warnings: FrameworkIssue[] }
  | { ok: false; issues: FrameworkIssue[] };

/** An issue before it is placed in the file: `at` says whether to point at the key or its value. */
export interface IssueDraft {
  code: string;
  message: string;
  hint: string;
  path: (string | number)[];
  at?: "key" | "value";
}
