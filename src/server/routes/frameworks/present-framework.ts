import type { z } from "@hono/zod-openapi";
import type { FrameworkIssue } from "../../../framework/framework-issue.ts";
import type { FrameworkVersionSummary } from "../../../storage/queries/framework-versions.ts";
import type { FieldError } from "../../problem.ts";
import type { frameworkVersionSchema } from "./schema.ts";

/** A framework version as the API lists it. */
export function presentVersion(
  row: FrameworkVersionSummary,
): z.infer<typeof frameworkVersionSchema> {
  return {
    id: row.id,
    frameworkId: row.frameworkId,
    version: row.version,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

/** A framework issue with its document path dotted, as the API reports it. */
export function presentIssue(issue: FrameworkIssue) {
  const { code, message, hint, line, column } = issue;
  return { code, message, hint, line, column, path: issue.path.join(".") };
}

/** A framework issue as a problem's field error, pointing into the source text. */
export function issueAsFieldError(issue: FrameworkIssue): FieldError {
  const where = issue.line === null ? "" : ` (line ${issue.line}, column ${issue.column})`;
  return {
    path: `source${issue.path.length > 0 ? `.${issue.path.join(".")}` : ""}`,
    message: `${issue.message}${where}`,
    hint: issue.hint,
  };
}
