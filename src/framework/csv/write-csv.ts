const needsQuotes = /[",\r\n]|^\s|\s$/;

function writeField(field: string): string {
  return needsQuotes.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

function writeRecord(cells: readonly string[]): string {
  // A lone empty cell would otherwise be a blank line, which readers skip.
  if (cells.length === 1 && cells[0] === "") return '""';
  return cells.map(writeField).join(",");
}

/**
 * Writes rows as RFC 4180 CSV, quoting only the cells that need it, one row per line (LF).
 *
 * @example writeCsv([["id", "title"], ["pm", "Product Manager, growth"]]) // 'id,title\npm,"Product Manager, growth"\n'
 */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => `${writeRecord(cells)}\n`).join("");
}
