import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCsv } from "./read-csv.ts";
import { writeCsv } from "./write-csv.ts";

describe("writeCsv", () => {
  it("quotes only the cells that need it and doubles their quotes", () => {
    expect(writeCsv([["pm", 'Says "no", kindly', "two\nlines", " padded"]])).toBe(
      'pm,"Says ""no"", kindly","two\nlines"," padded"\n',
    );
  });

  it("writes a row holding one empty cell so it is not mistaken for a blank line", () => {
    expect(writeCsv([["a"], [""]])).toBe('a\n""\n');
  });

  it("reads back exactly what it wrote, for any text", () => {
    const text = fc.string({ unit: "binary", maxLength: 20 });
    const rows = fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { maxLength: 8 });
    fc.assert(
      fc.property(rows, (written) => {
        const { records, problems } = readCsv(writeCsv(written));
        expect(problems).toEqual([]);
        expect(records.map((record) => record.cells)).toEqual(written);
      }),
    );
  });
});
