import type { InputIssue } from "../framework/input-issue.ts";
import { ProblemError } from "./problem.ts";

/**
 * Ends the request with a 400 validation problem listing every issue (path, message, hint) when
 * a check found any; does nothing when the list is empty.
 *
 * @example
 * refuseIssues("Compare two roles of the framework.", [
 *   ...checkRoleId(framework, query.from, "query.from"),
 *   ...checkRoleId(framework, query.to, "query.to"),
 * ]);
 */
export function refuseIssues(detail: string, issues: readonly InputIssue[]): void {
  if (issues.length === 0) return;
  throw new ProblemError({ kind: "validation", detail, errors: [...issues] });
}
