import { describe, expect, it } from "vitest";
import { readCsv } from "./read-csv.ts";

const cellsOf = (text: string) => readCsv(text).records.map((record) => record.cells);

describe("readCsv", () => {
  it("splits rows on line breaks and cells on commas", () => {
    expect(cellsOf("id,title\npm,Product Manager\n")).toEqual([
      ["id", "title"],
      ["pm", "Product Manager"],
    ]);
  });

  it("keeps commas, doubled quotes and line breaks inside quoted cells", () => {
    const text = 'id,summary\npm,"Owns outcomes, not ""output""\nand grows"\n';
    expect(cellsOf(text)[1]).toEqual(["pm", 'Owns outcomes, not "output"\nand grows']);
  });

  it("reads CRLF and lone CR line endings and ignores a byte-order mark", () => {
    expect(cellsOf("\uFEFFa,b\r\nc,d\re,f")).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
    ]);
  });

  it("numbers rows as a spreadsheet does, counting a multi-line cell as one row", () => {
    const { records } = readCsv('h\n"one\ntwo"\n\nlast\n');
    expect(records.map((record) => record.row)).toEqual([1, 2, 3, 4]);
    expect(records[3]?.cells).toEqual(["last"]);
  });

  it("keeps empty cells, including trailing ones", () => {
    expect(cellsOf("a,,\n")).toEqual([["a", "", ""]]);
  });

  it("reports a quoted cell that is never closed, with its row and column", () => {
    const { problems } = readCsv('id,title\npm,"Product Manager\n');
    expect(problems).toEqual([{ row: 2, column: 2, message: "a quoted cell is never closed" }]);
  });

  it("reports text after the closing quote of a cell", () => {
    const { problems } = readCsv('a,"b"c\n');
    expect(problems).toEqual([
      { row: 1, column: 2, message: "text after the closing quote of a quoted cell" },
    ]);
  });

  it("takes a quote in the middle of an unquoted cell literally", () => {
    expect(cellsOf('5" screen,x\n')).toEqual([['5" screen', "x"]]);
  });
});
