import ExcelJS from "exceljs";
import type { CsvRecord } from "../framework/csv/read-csv.ts";
import { fileIssue } from "../framework/import/import-result.ts";
import { type TableResult, tableOf } from "../framework/import/table.ts";
import { maxFrameworkBytes } from "../framework/limits.ts";
import { zipUnpackedSize } from "./zip-unpacked-size.ts";

/** A workbook unpacks to several files of XML; a ladder's fits in far less than this. */
const maxUnpackedBytes = 10 * maxFrameworkBytes;
const maxUnpackedFiles = 1_000;

const notWorkbook = (file: string): TableResult => ({
  ok: false,
  issues: [
    fileIssue(
      file,
      "not-a-workbook",
      "the file is not an Excel workbook (.xlsx) that can be read",
      "Save it from Excel or Google Sheets as an .xlsx workbook, or as a UTF-8 CSV file (File > Download > CSV).",
    ),
  ],
});

const tooLarge = (file: string): TableResult => ({
  ok: false,
  issues: [
    fileIssue(
      file,
      "too-large",
      "the workbook's sheet is too large to be a career framework",
      "Keep only the ladder's sheet: one row per competency, one column per level.",
    ),
  ],
});

const unpacksTooLarge = (file: string): TableResult => ({
  ok: false,
  issues: [
    fileIssue(
      file,
      "too-large",
      `the workbook unpacks to more than ${maxUnpackedBytes / 1024 / 1024} MB, far more than a career framework needs`,
      "Copy the ladder's sheet alone into a new workbook (no pictures or other sheets) and upload that.",
    ),
  ],
});

/** A cell's value as the text the spreadsheet shows: formulas by their last result, dates as ISO dates. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result);
  if ("hyperlink" in value) return cellText(value.text as ExcelJS.CellValue);
  if ("error" in value) return value.error;
  return "";
}

/**
 * Reads the first sheet of an .xlsx workbook as a table of text cells (numbers as written,
 * formulas by their last value, dates as ISO dates), with the row numbers the spreadsheet shows.
 *
 * @example await readXlsxTable("ladder.xlsx", bytes) // { ok: true, table: { rows: [{ row: 1, cells: ["Competency", "L1"] }] } }
 */
export async function readXlsxTable(file: string, bytes: Uint8Array): Promise<TableResult> {
  // What the archive says it holds is checked before anything is inflated.
  const unpacked = zipUnpackedSize(bytes);
  if (!unpacked) return notWorkbook(file);
  if (unpacked.bytes > maxUnpackedBytes || unpacked.files > maxUnpackedFiles) {
    return unpacksTooLarge(file);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    return notWorkbook(file);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return notWorkbook(file);
  const records: CsvRecord[] = [];
  let size = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // A merged range keeps its text in its top-left cell only, as the sheet shows it.
      const text = cell.type === ExcelJS.ValueType.Merge ? "" : cellText(cell.value);
      size += text.length;
      while (cells.length < column - 1) cells.push("");
      cells[column - 1] = text;
    });
    records.push({ row: rowNumber, cells });
  });
  if (size > maxFrameworkBytes * 4) return tooLarge(file);
  return { ok: true, table: tableOf(file, records) };
}
