import ExcelJS from "exceljs";

/**
 * Writes rows of text as a one-sheet .xlsx workbook that Excel, Numbers and Google Sheets open.
 *
 * @example await writeXlsx("Ladder", [["Competency", "Level 1"], ["Delivery", "Ships small tasks"]])
 */
export async function writeXlsx(
  sheetName: string,
  rows: readonly (readonly string[])[],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const name =
    sheetName
      .replace(/[\\/?*[\]:]/g, " ")
      .slice(0, 31)
      .replace(/^[\s']+|[\s']+$/g, "") || "Sheet1";
  const sheet = workbook.addWorksheet(name);
  for (const cells of rows) {
    // Control characters other than tab and line breaks cannot be stored in a workbook.
    sheet.addRow(
      cells.map((text) =>
        text === ""
          ? null
          : text.replace(/\p{Cc}/gu, (char) =>
              char === "\t" || char === "\n" || char === "\r" ? char : "",
            ),
      ),
    );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
