import { formatIssues } from "../framework/format-issues.ts";
import type { Framework } from "../framework/schema.ts";
import { readFrameworkFile } from "../storage/read-framework-file.ts";
import { defaultFrameworkPath } from "./default-framework-path.ts";
import { writeError } from "./output.ts";

/**
 * Loads a framework file (the default one when no path is given) for a command; on any problem
 * prints every issue to standard error, sets exit code 1 and returns null.
 */
export async function loadFrameworkForCommand(path: string | undefined): Promise<Framework | null> {
  const file = path ?? defaultFrameworkPath();
  const result = await readFrameworkFile(file);
  if (result.ok) return result.framework;
  writeError(formatIssues(result.issues));
  return null;
}
