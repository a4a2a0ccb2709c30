import type { FrameworkIssue } from "./framework-issue.ts";

/** Writes a document path the way an author reads it, e.g. `roles[2].expectations.strategy`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((segment, index) => {
      if (typeof segment === "number") return `[${segment}]`;
      return index === 0 ? segment : `.${segment}`;
    })
    .join("");
}

/** Renders one issue as `file:line:col  path  message` with its hint on the next line. */
export function formatIssue(issue: FrameworkIssue): string {
  const place =
    issue.line === null ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
  const path = issue.path.length > 0 ? `  ${formatPath(issue.path)}` : "";
  return `${place}${path}  ${issue.message}\n  hint: ${issue.hint}\n`;
}

/**
 * Renders issues for a terminal, one block per issue, with a count at the end.
 *
 * @example formatIssues(result.issues) // "fw.yaml:12:5  roles[0].colour  unknown field ...\n  hint: ...\n1 error\n"
 */
export function formatIssues(issues: readonly FrameworkIssue[], noun = "error"): string {
  if (issues.length === 0) return "";
  const count = `${issues.length} ${noun}${issues.length === 1 ? "" : "s"}\n`;
  return `${issues.map(formatIssue).join("")}${count}`;
}
