import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { type BackupArchive, backupFormat } from "./backup-header.ts";
import { decodeBackup } from "./decode-backup.ts";
import { encodeBackup } from "./encode-backup.ts";

function sampleArchive(): BackupArchive {
  return {
    header: {
      format: backupFormat,
      formatVersion: 1,
      createdAt: "2026-06-01T08:00:00.000Z",
      appVersion: "0.1.0",
      schemaMigration: "0000_init",
      organisation: { id: "9f1c2a52-7a70-4b4d-9d1b-3f4a8d9a0c11", name: "Acme" },
      tables: [
        { name: "organisations", rows: 1, columns: ["id", "name", "created_at"] },
        { name: "people", rows: 2, columns: ["id", "name"] },
      ],
      body: { lines: 0, sha256: "0".repeat(64) },
    },
    rows: new Map([
      [
        "organisations",
        ['{"id":"9f1c","name":"Acme","created_at":"2026-06-01T08:00:00.123456+00:00"}'],
      ],
      ["people", ['{"id":"a","name":"Ava"}', '{"id":"b","name":"Ben \\"B\\" Ng"}']],
    ]),
  };
}

/** Unpacks an encoded archive, lets a test change its text, and packs it again. */
function tamper(change: (text: string) => string): Buffer {
  return gzipSync(change(gunzipSync(encodeBackup(sampleArchive())).toString("utf8")));
}

describe("decodeBackup", () => {
  it("gives back every row's text exactly as it was encoded", () => {
    const decoded = decodeBackup(encodeBackup(sampleArchive()));
    expect(decoded.rows).toEqual(sampleArchive().rows);
    expect(decoded.header.body.lines).toBe(3);
  });

  it("refuses a file that is not gzip", () => {
    expect(() => decodeBackup(Buffer.from("hello"), "x.gz")).toThrow(/x.gz is damaged .*gzip/);
  });

  it("refuses a gzip stream that is cut short", () => {
    const data = encodeBackup(sampleArchive());
    expect(() => decodeBackup(data.subarray(0, data.length - 12))).toThrow(/damaged/);
  });

  it("refuses a header that is not JSON", () => {
    expect(() => decodeBackup(gzipSync("{not json\n"))).toThrow(/first line is not JSON/);
  });

  it("refuses a body changed after it was written", () => {
    const data = tamper((text) => text.replace("Ava", "Eve"));
    expect(() => decodeBackup(data)).toThrow(/do not match the checksum/);
  });

  it("refuses a body whose last rows are missing", () => {
    const data = tamper((text) => text.split("\n").slice(0, 3).join("\n").concat("\n"));
    expect(() => decodeBackup(data)).toThrow(/checksum/);
  });

  it("refuses an archive from a newer format and says to upgrade", () => {
    const data = tamper((text) => text.replace('"formatVersion":1', '"formatVersion":2'));
    expect(() => decodeBackup(data, "new.gz")).toThrow(/format 2, newer .* upgrade Pathways/);
  });

  it("refuses a file that is some other JSON lines document", () => {
    expect(() => decodeBackup(gzipSync('{"format":"other"}\n'))).toThrow(/not a Pathways backup/);
  });
});
