import { readFile, stat } from "node:fs/promises";
import type { FrameworkIssue, ParseResult } from "../framework/framework-issue.ts";
import { maxFrameworkBytes } from "../framework/limits.ts";
import { parseFramework } from "../framework/parse-framework.ts";

function failure(file: string, code: string, message: string, hint: string): ParseResult {
  const issue: FrameworkIssue = { code, message, hint, file, line: null, column: null, path: [] };
  return { ok: false, issues: [issue] };
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a directory, not a file";
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads and validates a framework file (YAML or JSON), checking its size before reading it and
 * turning a missing or unreadable file into an issue rather than an exception.
 *
 * @example const result = await readFrameworkFile("frameworks/product-management.yaml");
 */
export async function readFrameworkFile(path: string): Promise<ParseResult> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    size = info.size;
  } catch (error) {
    return failure(
      path,
      "unreadable",
      `cannot read the framework file: ${reasonOf(error)}`,
      "Check the file name and its folder (a relative name is read from where you run pathways), or pass the framework file to use.",
    );
  }
  if (size > maxFrameworkBytes) {
    return failure(
      path,
      "too-large",
      `the file is ${(size / 1024 / 1024).toFixed(1)} MB; a framework may be at most 5 MB`,
      "Trim or split long text: a whole career framework fits in a few hundred kilobytes.",
    );
  }
  let source: string;
  try {
    source = await readFile(path, "utf8");
  } catch (error) {
    return failure(
      path,
      "unreadable",
      `cannot read the framework file: ${reasonOf(error)}`,
      "Check the file's permissions.",
    );
  }
  return parseFramework(source, { fileName: path });
}
