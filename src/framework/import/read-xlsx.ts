import { unzipSync } from "fflate";
import type { CsvRecord } from "../csv/read-csv.ts";
import { maxFrameworkBytes } from "../limits.ts";
import { fileIssue } from "./import-result.ts";
import { type TableResult, tableOf } from "./table.ts";

const entities: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes XML text: entities, character references and Excel's _xHHHH_ escapes. */
function xmlText(raw: string): string {
  return raw
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith("#x") || name.startsWith("#X"))
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
      return entities[name] ?? whole;
    })
    .replace(/_x([0-9A-F]{4})_/g, (_whole, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
}

/** The text of a shared or inline string: every run's text, without phonetic guides. */
function stringItem(xml: string): string {
  const runs = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  return [...runs.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => xmlText(m[1] ?? "")).join("");
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

function columnNumber(ref: string): number {
  let column = 0;
  for (const char of ref.replace(/\d+$/, "").toUpperCase())
    column = column * 26 + char.charCodeAt(0) - 64;
  return column;
}

const decoder = new TextDecoder();

/** The path of the workbook's first sheet inside the package. */
function firstSheetPath(files: Record<string, Uint8Array>): string | null {
  const workbook = files["xl/workbook.xml"];
  const rels = files["xl/_rels/workbook.xml.rels"];
  if (!workbook) return null;
  const sheet = /<sheet\b[^>]*>/.exec(decoder.decode(workbook))?.[0];
  const relId = sheet && /\br:id="([^"]*)"/.exec(sheet)?.[1];
  if (relId && rels) {
    for (const rel of decoder.decode(rels).matchAll(/<Relationship\b[^>]*>/g)) {
      if (attribute(rel[0], "Id") !== relId) continue;
      const target = attribute(rel[0], "Target") ?? "";
      return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    }
  }
  return files["xl/worksheets/sheet1.xml"] ? "xl/worksheets/sheet1.xml" : null;
}

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

/**
 * Reads the first sheet of an .xlsx workbook as a table of text cells (numbers as written,
 * formulas by their last value), with the row numbers the spreadsheet shows.
 *
 * @example readXlsx("ladder.xlsx", bytes) // { ok: true, table: { rows: [{ row: 1, cells: ["Competency", "L1"] }] } }
 */
export function readXlsx(file: string, bytes: Uint8Array): TableResult {
  let files: Record<string, Uint8Array>;
  let tooLarge = false;
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        const wanted = entry.name.startsWith("xl/") && /\.(xml|rels)$/.test(entry.name);
        if (wanted && entry.originalSize > maxFrameworkBytes * 4) tooLarge = true;
        return wanted && !tooLarge && !entry.name.startsWith("xl/media/");
      },
    });
  } catch {
    return notWorkbook(file);
  }
  if (tooLarge) {
    return {
      ok: false,
      issues: [
        fileIssue(
          file,
          "too-large",
          "the workbook's sheet is too large to be a career framework",
          "Keep only the ladder's sheet: one row per competency, one column per level.",
        ),
      ],
    };
  }
  const path = firstSheetPath(files);
  const sheet = path ? files[path] : undefined;
  if (!sheet) return notWorkbook(file);
  const shared = files["xl/sharedStrings.xml"];
  const strings = shared
    ? [...decoder.decode(shared).matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\s*\/>/g)].map((m) =>
        stringItem(m[1] ?? ""),
      )
    : [];
  const records: CsvRecord[] = [];
  const xml = decoder.decode(sheet);
  let nextRow = 1;
  for (const rowMatch of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const row = Number(attribute(rowMatch[1] ?? "", "r") ?? nextRow);
    nextRow = row + 1;
    const cells: string[] = [];
    let nextColumn = 1;
    for (const cell of (rowMatch[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cell[1] ?? "";
      const ref = attribute(attrs, "r");
      const column = ref ? columnNumber(ref) : nextColumn;
      nextColumn = column + 1;
      const body = cell[2] ?? "";
      const type = attribute(attrs, "t");
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let text = "";
      if (type === "s") text = strings[Number(value)] ?? "";
      else if (type === "inlineStr") text = stringItem(body);
      else if (type === "b") text = value === "1" ? "TRUE" : "FALSE";
      else text = value === undefined ? "" : xmlText(value);
      while (cells.length < column - 1) cells.push("");
      cells[column - 1] = text;
    }
    records.push({ row, cells });
  }
  return { ok: true, table: tableOf(file, records) };
}
