import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { formatIssues } from "../src/framework/format-issues.ts";
import { parseFramework } from "../src/framework/parse-framework.ts";
import type { Framework } from "../src/framework/schema.ts";

/** Where the default framework lives, from the repository root. */
export const defaultFrameworkPath = "frameworks/product-management.yaml";

let cached: Framework | undefined;

/** Loads and validates a framework file for tests, throwing every issue found when it is invalid. */
export function loadFrameworkFile(relativePath: string): Framework {
  const url = new URL(`../${relativePath}`, import.meta.url);
  const result = parseFramework(readFileSync(fileURLToPath(url), "utf8"), {
    fileName: relativePath,
  });
  if (!result.ok)
    throw new Error(`${relativePath} is not a valid framework:\n${formatIssues(result.issues)}`);
  return result.framework;
}

/**
 * The default product-management framework, parsed once and shared by every test in a run.
 *
 * @example const framework = loadDefaultFramework(); framework.roles.length // 12
 */
export function loadDefaultFramework(): Framework {
  cached ??= loadFrameworkFile(defaultFrameworkPath);
  return cached;
}
