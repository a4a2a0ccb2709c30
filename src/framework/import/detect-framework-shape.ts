import { csvLayout } from "../csv/csv-layout.ts";
import { readCsv } from "../csv/read-csv.ts";
import type { FrameworkShape } from "./import-result.ts";
import { headerKey, proficiencyHeaders } from "./read-level-header.ts";

const sheetNames = new Set(csvLayout.map((layout) => layout.file));

function extension(fileName: string): string {
  return /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03;

function firstLine(bytes: Uint8Array): string {
  const text = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, "");
  return text.split(/\r\n|\r|\n/)[0] ?? "";
}

/** Whether a table's heading row names a proficiency column: a job-family file, not a matrix. */
export function isJobFamilyHeader(cells: string[]): boolean {
  return cells.some((cell) => proficiencyHeaders.includes(headerKey(cell)));
}

/**
 * Says which shape a framework file has from its name and first bytes: YAML or JSON, one sheet of
 * the multi-sheet CSV layout, a one-sheet matrix (CSV or XLSX), Markdown with front matter, or a
 * job-family table. An XLSX or CSV that names a proficiency column is a job-family file; which of
 * matrix or job family an XLSX is gets settled once its sheet is read.
 *
 * @example detectFrameworkShape("ladder.csv", bytes) // "matrix-csv"
 */
export function detectFrameworkShape(fileName: string, bytes: Uint8Array): FrameworkShape {
  const ext = extension(fileName);
  if (isZip(bytes) || ext === "xlsx") return "matrix-xlsx";
  if (ext === "md" || ext === "markdown") return "markdown";
  if (ext === "json") return "json";
  if (ext === "csv") {
    const name = fileName.split(/[\\/]/).at(-1)?.toLowerCase() ?? "";
    if (sheetNames.has(name as never)) return "multi-sheet-csv";
    const header = readCsv(firstLine(bytes)).records[0]?.cells ?? [];
    return isJobFamilyHeader(header) ? "job-family-csv" : "matrix-csv";
  }
  if (ext === "yaml" || ext === "yml") return "yaml";
  // No telling extension: judge by the text.
  const text = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, "");
  if (/^\s*[{[]/.test(text)) return "json";
  if (/^---\r?\n[\s\S]*?\r?\n---\r?\n[\s\S]*^#/m.test(text)) return "markdown";
  return "yaml";
}
