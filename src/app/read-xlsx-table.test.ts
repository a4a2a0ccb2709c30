import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readXlsxTable } from "./read-xlsx-table.ts";

const workbook = new Uint8Array(
  readFileSync("test/fixtures/frameworks/imports/ladder-matrix.xlsx"),
);

describe("readXlsxTable", () => {
  it("reads the first sheet's rows as the spreadsheet numbers them", async () => {
    const result = await readXlsxTable("ladder.xlsx", workbook);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.table.rows[0]?.row).toBe(1);
  });

  it("refuses a workbook that says it unpacks to hundreds of megabytes, before unpacking it", async () => {
    const bomb = workbook.slice();
    const view = new DataView(bomb.buffer);
    let end = bomb.length - 22;
    while (view.getUint32(end, true) !== 0x06054b50) end--;
    view.setUint32(view.getUint32(end + 16, true) + 24, 400 * 1024 * 1024, true);
    const result = await readXlsxTable("ladder.xlsx", bomb);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]).toMatchObject({ code: "too-large", file: "ladder.xlsx" });
      expect(result.issues[0]?.message).toContain("unpacks to more than 50 MB");
    }
  });

  it("says a file that is not a workbook is not one", async () => {
    const result = await readXlsxTable("ladder.xlsx", new TextEncoder().encode("Competency,L1\n"));
    expect(result.ok ? null : result.issues[0]?.code).toBe("not-a-workbook");
  });
});
