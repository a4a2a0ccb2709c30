import { detectFrameworkShape } from "../framework/import/detect-framework-shape.ts";
import { importFrameworkFile } from "../framework/import/import-framework-file.ts";
import type { ImportResult } from "../framework/import/import-result.ts";
import { maxFrameworkBytes } from "../framework/limits.ts";

/**
 * A framework file's content and the name its problems are reported under; the name's extension
 * tells its shape (.yaml, .json, .csv, .xlsx, .md). Text files come as text, binary ones (XLSX) as
 * base64.
 */
export interface FrameworkSourceText {
  source: string;
  fileName: string;
  encoding?: "text" | "base64";
}

/** Reads a framework file of any shape: in this thread by default, or handed to a worker thread. */
export type FrameworkParser = (input: FrameworkSourceText) => ImportResult | Promise<ImportResult>;

/** The file's bytes, whether it came as text or as base64. */
function sourceBytes(input: FrameworkSourceText): Uint8Array {
  return input.encoding === "base64"
    ? new Uint8Array(Buffer.from(input.source, "base64"))
    : new TextEncoder().encode(input.source);
}

/** Reads a framework file of any shape in this thread, with what was assumed to complete it. */
export const parseFrameworkText: FrameworkParser = (input) =>
  importFrameworkBytes(input.fileName, sourceBytes(input));

/**
 * Reads a framework file of any shape from its bytes, opening an XLSX workbook's first sheet first
 * (exceljs loads only then: a server that never reads a workbook never holds it in memory).
 *
 * @example const result = await importFrameworkBytes("acme-ladder.xlsx", bytes);
 */
export async function importFrameworkBytes(
  fileName: string,
  bytes: Uint8Array,
): Promise<ImportResult> {
  const shape = detectFrameworkShape(fileName, bytes);
  const workbook =
    (shape === "matrix-xlsx" || shape === "job-family-xlsx") && bytes.length <= maxFrameworkBytes
      ? await (await import("./read-xlsx-table.ts")).readXlsxTable(fileName, bytes)
      : undefined;
  return importFrameworkFile(fileName, bytes, workbook);
}
