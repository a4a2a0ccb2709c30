import { pathInWords } from "./entry-words.ts";
import type { FrameworkIssue } from "./framework-issue.ts";

/** Renders one issue as `file:line:col  where  message` with its hint on the next line. */
export function formatIssue(issue: FrameworkIssue): string {
  const place =
    issue.line === null ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
  const path = issue.path.length > 0 ? `  ${pathInWords(issue.path)}` : "";
  return `${place}${path}  ${issue.message}\n  hint: ${issue.hint}\n`;
}

/**
 * Renders issues for a terminal, one block per issue, with a count at the end.
 *
 * @example formatIssues(result.issues) // "fw.yaml:12:5  role 1 › colour  unknown field ...\n  hint: ...\n1 error\n"
 */
export function formatIssues(issues: readonly FrameworkIssue[], noun = "error"): string {
  if (issues.length === 0) return "";
  const count = `${issues.length} ${noun}${issues.length === 1 ? "" : "s"}\n`;
  return `${issues.map(formatIssue).join("")}${count}`;
}
