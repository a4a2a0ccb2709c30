import type { DraftIssue } from "../api/types.ts";

/**
 * The problems of a draft that belong to a field: at its path or inside it (a list's items).
 *
 * @example issuesAt(issues, "roles.2.title")
 */
export function issuesAt(issues: readonly DraftIssue[], path: string): DraftIssue[] {
  return issues.filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`));
}
