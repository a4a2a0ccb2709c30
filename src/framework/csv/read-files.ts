import { closestIds } from "../closest-id.ts";
import { maxFrameworkBytes } from "../limits.ts";
import type { CsvAssembly } from "./csv-assembly.ts";
import { type CsvFileName, csvLayout } from "./csv-layout.ts";
import { decodeCsvFile } from "./decode-csv-file.ts";
import { readSheet, type Sheet } from "./read-sheet.ts";

/** The sheets that could be read, and whether problems stop the import before checking. */
export interface ReadFilesResult {
  sheets: Partial<Record<CsvFileName, Sheet>>;
  blocking: boolean;
}

const names: string[] = csvLayout.map((layout) => layout.file);

function sizeOf(content: string | Uint8Array): number {
  return typeof content === "string" ? new TextEncoder().encode(content).length : content.length;
}

function fileProblem(
  assembly: CsvAssembly,
  file: string,
  code: string,
  message: string,
  hint: string,
) {
  assembly.issues.push({ code, message, hint, file, line: null, column: null, path: [] });
}

/**
 * Decodes and reads every sheet given, reporting unknown and missing files, files that are not
 * UTF-8 text and a set of sheets larger than a framework may be.
 */
export function readFiles(
  files: Record<string, string | Uint8Array>,
  assembly: CsvAssembly,
): ReadFilesResult {
  const sheets: Partial<Record<CsvFileName, Sheet>> = {};
  let blocking = false;
  const total = Object.values(files).reduce((sum, content) => sum + sizeOf(content), 0);
  if (total > maxFrameworkBytes) {
    const size = (total / 1024 / 1024).toFixed(1);
    const hint = "Trim long text: a whole career framework fits in a few hundred kilobytes.";
    fileProblem(
      assembly,
      "framework.csv",
      "too-large",
      `the sheets hold ${size} MB; a framework may be at most 5 MB`,
      hint,
    );
    return { sheets, blocking: true };
  }
  for (const file of Object.keys(files)) {
    if (names.includes(file)) continue;
    const [closest] = closestIds(file, names, 1);
    const hint = `Rename it to one of the layout's sheets (closest: ${closest}), or remove it.`;
    fileProblem(assembly, file, "unknown-file", "not a sheet of the framework layout", hint);
    blocking = true;
  }
  for (const layout of csvLayout) {
    const content = files[layout.file];
    if (content === undefined) {
      if (!layout.required) continue;
      const hint = `Add ${layout.file}; its first row names the columns: ${layout.columns.join(", ")}.`;
      fileProblem(
        assembly,
        layout.file,
        "missing-file",
        "this sheet is required but missing",
        hint,
      );
      blocking = true;
      continue;
    }
    const decoded = decodeCsvFile(layout.file, content);
    if (!decoded.ok) {
      assembly.issues.push(decoded.issue);
      blocking = true;
      continue;
    }
    const read = readSheet(layout, decoded.text, assembly);
    sheets[layout.file] = read.sheet;
    blocking ||= read.blocking;
  }
  return { sheets, blocking };
}
