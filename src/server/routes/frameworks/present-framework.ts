import type { z } from "@hono/zod-openapi";
import type { FrameworkIssue } from "../../../framework/framework-issue.ts";
import type { FrameworkVersionSummary } from "../../../storage/queries/framework-versions.ts";
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
