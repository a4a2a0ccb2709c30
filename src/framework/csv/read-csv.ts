/** One record of a CSV text: its cells and the spreadsheet row it starts on (1 is the first row). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

/** A place where the CSV text itself cannot be read, e.g. a quote that is never closed. */
export interface CsvSyntaxProblem {
  row: number;
  column: number;
  message: string;
}

/** The records of a CSV text and any syntax problems met while reading it. */
export interface ReadCsvResult {
  records: CsvRecord[];
  problems: CsvSyntaxProblem[];
}

/**
 * Reads RFC 4180 CSV text: fields separated by commas, quoted with `"` when they hold commas, quotes
 * (doubled) or line breaks; rows end with LF, CRLF or CR; a leading byte-order mark is ignored.
 *
 * @example readCsv('id,name\nsenior-pm,"Senior PM, platform"\n').records[1].cells // ["senior-pm", "Senior PM, platform"]
 */
export function readCsv(text: string): ReadCsvResult {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const problems: CsvSyntaxProblem[] = [];
  let cells: string[] = [];
  let field = "";
  let quoted = false;
  let afterQuote = false;
  let i = 0;
  const endRecord = () => {
    cells.push(field);
    records.push({ row: records.length + 1, cells });
    cells = [];
    field = "";
    afterQuote = false;
  };
  while (i < source.length) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') {
        quoted = false;
        afterQuote = true;
      } else field += char;
      i += 1;
      continue;
    }
    if (char === ",") {
      cells.push(field);
      field = "";
      afterQuote = false;
    } else if (char === "\r" || char === "\n") {
      endRecord();
      if (char === "\r" && source[i + 1] === "\n") i += 1;
    } else if (char === '"' && field === "" && !afterQuote) {
      quoted = true;
    } else if (afterQuote) {
      const row = records.length + 1;
      problems.push({
        row,
        column: cells.length + 1,
        message: "text after the closing quote of a quoted cell",
      });
      field += char;
      afterQuote = false;
    } else field += char;
    i += 1;
  }
  if (quoted) {
    problems.push({
      row: records.length + 1,
      column: cells.length + 1,
      message: "a quoted cell is never closed",
    });
  }
  if (quoted || field !== "" || cells.length > 0 || afterQuote) endRecord();
  return { records, problems };
}
