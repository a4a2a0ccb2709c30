import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { zipUnpackedSize } from "./zip-unpacked-size.ts";

const workbook = new Uint8Array(
  readFileSync("test/fixtures/frameworks/imports/ladder-matrix.xlsx"),
);

describe("zipUnpackedSize", () => {
  it("reads a workbook's files and unpacked size from its directory", () => {
    // `unzip -l` on the fixture lists 6 files, 2,905 bytes in all.
    expect(zipUnpackedSize(workbook)).toEqual({ files: 6, bytes: 2905 });
  });

  it("says so when the bytes are not a ZIP archive or are cut short", () => {
    expect(zipUnpackedSize(new TextEncoder().encode("Competency,Level 1\n"))).toBeNull();
    expect(zipUnpackedSize(new Uint8Array())).toBeNull();
    expect(zipUnpackedSize(workbook.slice(0, workbook.length - 30))).toBeNull();
  });

  it("adds up a declared size far beyond the archive's own", () => {
    const bomb = workbook.slice();
    const view = new DataView(bomb.buffer);
    let end = bomb.length - 22;
    while (view.getUint32(end, true) !== 0x06054b50) end--;
    const first = view.getUint32(end + 16, true);
    view.setUint32(first + 24, 400 * 1024 * 1024, true);
    expect(zipUnpackedSize(bomb)?.bytes).toBeGreaterThan(400 * 1024 * 1024);
  });
});
