import { formatIssues } from "../framework/format-issues.ts";
import type { ParseResult } from "../framework/framework-issue.ts";
import { formatSummary, summariseFramework } from "../framework/summarise-framework.ts";
import { writeError, writeOut } from "./output.ts";

/**
 * Prints what checking a framework found: the one-line summary and any warnings, or every
 * problem (exit code 1). Returns whether the framework is valid.
 *
 * @example
 * if (printFrameworkCheck(path, await readFrameworkFile(path))) await save();
 */
export function printFrameworkCheck(
  path: string,
  result: ParseResult,
): result is Extract<ParseResult, { ok: true }> {
  if (!result.ok) {
    writeError(`${path}: invalid\n${formatIssues(result.issues)}`);
    return false;
  }
  writeOut(`${path}: valid — ${formatSummary(summariseFramework(result.framework))}`);
  if (result.warnings.length > 0) process.stdout.write(formatIssues(result.warnings, "warning"));
  return true;
}
