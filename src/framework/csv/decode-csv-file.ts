import type { FrameworkIssue } from "../framework-issue.ts";

/** A sheet's text, or the reason its bytes are not readable text. */
export type DecodeResult = { ok: true; text: string } | { ok: false; issue: FrameworkIssue };

const utf8Hint =
  "Save the sheet as UTF-8 CSV (in Excel: File > Save As > CSV UTF-8; in Google Sheets: File > Download > CSV).";

function placeOf(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before.at(-1) ?? "").length + 1 };
}

function refuse(file: string, text: string, index: number, message: string): DecodeResult {
  const { line, column } = placeOf(text, index);
  return {
    ok: false,
    issue: { code: "encoding", message, hint: utf8Hint, file, line, column, path: [] },
  };
}

/**
 * Turns a sheet's content into text: bytes must be valid UTF-8 (a byte-order mark is dropped) and
 * no sheet may hold NUL characters, which only binary files (e.g. .xlsx saved as .csv) contain.
 *
 * @example decodeCsvFile("roles.csv", bytes) // { ok: true, text: "id,title,...\n" }
 */
export function decodeCsvFile(file: string, content: string | Uint8Array): DecodeResult {
  let text: string;
  if (typeof content === "string") text = content;
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(content);
    } catch {
      const lenient = new TextDecoder("utf-8").decode(content);
      return refuse(
        file,
        lenient,
        Math.max(0, lenient.indexOf("\uFFFD")),
        "the file is not UTF-8 text",
      );
    }
  }
  const nul = text.indexOf("\u0000");
  if (nul >= 0)
    return refuse(file, text, nul, "the file holds NUL bytes, so it is not a text CSV file");
  return { ok: true, text: text.startsWith("\uFEFF") ? text.slice(1) : text };
}
