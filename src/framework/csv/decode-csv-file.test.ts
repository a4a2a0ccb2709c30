import { describe, expect, it } from "vitest";
import { decodeCsvFile } from "./decode-csv-file.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("decodeCsvFile", () => {
  it("decodes UTF-8 bytes and drops a byte-order mark", () => {
    expect(decodeCsvFile("roles.csv", bytes("\uFEFFid,title\npm,Café PM\n"))).toEqual({
      ok: true,
      text: "id,title\npm,Café PM\n",
    });
  });

  it("refuses bytes that are not UTF-8, pointing at the row and column", () => {
    const latin1 = new Uint8Array([...bytes("id,title\npm,Caf"), 0xe9, 0x0a]);
    const result = decodeCsvFile("roles.csv", latin1);
    expect(result).toMatchObject({
      ok: false,
      issue: { code: "encoding", file: "roles.csv", line: 2, column: 7 },
    });
    expect(!result.ok && result.issue.hint).toContain("CSV UTF-8");
  });

  it("refuses text holding NUL bytes, as a spreadsheet saved in a binary format does", () => {
    const result = decodeCsvFile("roles.csv", "id\n\u0000\u0001");
    expect(result).toMatchObject({ ok: false, issue: { code: "encoding", line: 2, column: 1 } });
  });
});
