import type { InputIssue } from "../framework/input-issue.ts";
import { CliError } from "./cli-error.ts";

/**
 * Issues as terminal lines, each "where: what. How to fix it."; `where` names the place the way
 * the person typed it (an argument, a line number), defaulting to the issue's path.
 *
 * @example issueLines(issues, () => "ROLE_ID") // ['ROLE_ID: No role "vp" in the framework. Use one of: pm, ….']
 */
export function issueLines(
  issues: readonly InputIssue[],
  where: (issue: InputIssue, index: number) => string = (issue) => issue.path,
): string[] {
  return issues.map((issue, index) => `${where(issue, index)}: ${issue.message} ${issue.hint}`);
}

/** Stops the command with every issue on its own line (exit code 1); nothing when there is none. */
export function failOnIssues(
  issues: readonly InputIssue[],
  where?: (issue: InputIssue, index: number) => string,
): void {
  if (issues.length > 0) throw new CliError(issueLines(issues, where).join("\n"));
}
