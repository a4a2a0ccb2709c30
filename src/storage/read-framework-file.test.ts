import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readFrameworkFile } from "./read-framework-file.ts";

const folder = mkdtempSync(join(tmpdir(), "pathways-framework-"));

describe("readFrameworkFile", () => {
  it("reads and validates a framework file", async () => {
    const result = await readFrameworkFile("test/fixtures/frameworks/minimal.yaml");
    expect(result.ok && result.framework.id).toBe("minimal");
  });

  it("turns a missing file into an issue naming the file", async () => {
    const result = await readFrameworkFile(join(folder, "missing.yaml"));
    expect(result).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({
          code: "unreadable",
          file: join(folder, "missing.yaml"),
          line: null,
        }),
      ],
    });
    expect(!result.ok && result.issues[0]?.message).toMatch(/no such file/);
  });

  it("says when the path is a folder", async () => {
    const result = await readFrameworkFile(folder);
    expect(!result.ok && result.issues[0]?.message).toMatch(/directory/);
  });

  it("refuses a file over 5 MB from its size, before reading it", async () => {
    const big = join(folder, "big.yaml");
    writeFileSync(big, "");
    truncateSync(big, 6 * 1024 * 1024);
    const result = await readFrameworkFile(big);
    expect(!result.ok && result.issues[0]).toMatchObject({
      code: "too-large",
      message: expect.stringMatching(/6\.0 MB/),
    });
  });

  it("reports problems inside the file with their line", async () => {
    const bad = join(folder, "bad.json");
    writeFileSync(bad, '{\n  "id": "x",\n  "name": [\n}\n');
    const result = await readFrameworkFile(bad);
    expect(!result.ok && result.issues[0]).toMatchObject({ code: "json-syntax", file: bad });
  });
});
