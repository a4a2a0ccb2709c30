/** What changed between two framework versions, as `GET /api/v1/frameworks/{id}/diff` answers. */
export type { FrameworkDiff } from "../../framework/diff-frameworks.ts";

/** A stored framework version without its document. */
export interface FrameworkVersion {
  id: string;
  frameworkId: string;
  version: string;
  status: "draft" | "published" | "retired";
  createdAt: string;
  publishedAt: string | null;
}

/** One problem found in a framework file, pointing at its line and column when known. */
export interface FrameworkProblem {
  code: string;
  message: string;
  hint: string;
  line: number | null;
  column: number | null;
  path: string;
}

/** The outcome of `POST /api/v1/frameworks/validate`. */
export interface FrameworkValidation {
  valid: boolean;
  issues: FrameworkProblem[];
}

/** A framework file's text and name, as pasted or uploaded. */
export interface FrameworkSourceInput {
  source: string;
  fileName: string;
}
