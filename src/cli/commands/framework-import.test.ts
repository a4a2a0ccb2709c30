import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../../test/cli.ts";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { minimalFramework } from "../../../test/fixtures/frameworks/fixture-text.ts";
import { parseFramework } from "../../framework/parse-framework.ts";

const minimal = "test/fixtures/frameworks/minimal.yaml";
const summary =
  "minimal 1.0.0: 3 competencies; roles: 3 management, 1 ic, 1 adjacent; 6 transitions; 2 entry routes";

const run = (...args: string[]) => runCli("framework", ...args);

function scratch(): string {
  return mkdtempSync(join(tmpdir(), "pathways-import-"));
}

afterEach(() => {
  process.exitCode = undefined;
});

describe("pathways framework export", () => {
  it("writes the framework as a folder of CSV sheets", async () => {
    const folder = join(scratch(), "sheets");
    const { code, stdout } = await run(
      "export",
      "--file",
      minimal,
      "--format",
      "csv",
      "--out",
      folder,
    );
    expect(code).toBe(0);
    expect(stdout).toBe(`wrote 15 sheets to ${folder}\n`);
    expect(readdirSync(folder)).toContain("expectations.csv");
    expect(readFileSync(join(folder, "roles.csv"), "utf8")).toMatch(/^id,title,aliases,track,rank/);
  });

  it("prints YAML that loads back to the same framework", async () => {
    const { code, stdout } = await run("export", "--format", "yaml");
    expect(code).toBe(0);
    const result = parseFramework(stdout, { fileName: "export.yaml" });
    expect(result.ok && result.framework).toStrictEqual(loadDefaultFramework());
  });

  it("writes JSON to a file", async () => {
    const file = join(scratch(), "minimal.json");
    const { code } = await run("export", "--file", minimal, "--format", "json", "--out", file);
    expect(code).toBe(0);
    const result = parseFramework(readFileSync(file, "utf8"), { fileName: file });
    expect(result.ok && result.framework).toStrictEqual(minimalFramework());
  });

  it("asks for a folder when CSV would go to standard output", async () => {
    const { code, stderr } = await run("export", "--format", "csv");
    expect(code).toBe(1);
    expect(stderr).toContain("csv export needs --out DIR");
  });
});

describe("pathways framework import", () => {
  it("checks a folder of sheets, prints the summary and writes the framework as YAML", async () => {
    const folder = join(scratch(), "sheets");
    await run("export", "--format", "csv", "--out", folder);
    const out = join(scratch(), "imported.yaml");
    const { code, stdout, stderr } = await run("import", folder, "--out", out);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(`^${folder}: valid — product-management \\S+: 14 competencies`),
    );
    expect(stdout.endsWith(`wrote ${out}\n`)).toBe(true);
    const result = parseFramework(readFileSync(out, "utf8"), { fileName: out });
    expect(result.ok && result.framework).toStrictEqual(loadDefaultFramework());
  });

  it("imports the bundled template", async () => {
    const { code, stdout } = await run("import", "templates/framework-csv");
    expect(code).toBe(0);
    expect(stdout).toBe(`templates/framework-csv: valid — ${summary}\n`);
  });

  it("checks a YAML file too", async () => {
    const { code, stdout } = await run("import", minimal);
    expect(code).toBe(0);
    expect(stdout).toBe(`${minimal}: valid — ${summary}\n`);
  });

  it("refuses a sheet that is not UTF-8, writes nothing and exits 1", async () => {
    const folder = join(scratch(), "sheets");
    await run("export", "--file", minimal, "--format", "csv", "--out", folder);
    writeFileSync(join(folder, "guidance.csv"), Buffer.from([0x69, 0x64, 0x0a, 0xff, 0x0a]));
    const out = join(scratch(), "never.yaml");
    const { code, stdout, stderr } = await run("import", folder, "--out", out);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(`${join(folder, "guidance.csv")}:2:1  the file is not UTF-8 text`);
    expect(stderr).toContain("hint: Save the sheet as UTF-8 CSV");
    expect(existsSync(out)).toBe(false);
  });

  it("reports every problem in the sheets at its row and column, and writes nothing", async () => {
    const folder = join(scratch(), "sheets");
    await run("export", "--file", minimal, "--format", "csv", "--out", folder);
    const expectations = join(folder, "expectations.csv");
    const matrix = readFileSync(expectations, "utf8");
    writeFileSync(expectations, matrix.replace("pm,,2,1,1", "pm,,2,high,1"));
    const transitions = join(folder, "transitions.csv");
    writeFileSync(transitions, `${readFileSync(transitions, "utf8")}pm,vp,promotion,,,\n`);
    const out = join(scratch(), "never.yaml");
    const { code, stderr } = await run("import", folder, "--out", out);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `${expectations}:3:4  role 2 › expectations › strategy  strategy: the cell says "high", but it should be a number`,
    );
    expect(stderr).toContain(`${transitions}:8:2  transition 7 › to  to: no role has the id "vp"`);
    expect(stderr.endsWith("2 errors\n")).toBe(true);
    expect(existsSync(out)).toBe(false);
  });

  it("reads a one-sheet ladder, prints what it assumed, and a matrix export reads back the same", async () => {
    const sheet = "test/fixtures/frameworks/imports/ladder-matrix.csv";
    const out = join(scratch(), "ladder.yaml");
    const { code, stdout } = await run("import", sheet, "--out", out);
    expect(code).toBe(0);
    expect(stdout).toContain(
      `${sheet}: valid — ladder-matrix 1.0.0: 3 competencies; roles: 4 management`,
    );
    expect(stdout).toContain("assumed (refine these in the framework editor):\n  - ");
    expect(stdout).toContain("Each level leads to the next by promotion.");
    const matrix = join(scratch(), "ladder-matrix.csv");
    await run("export", "--file", out, "--format", "matrix", "--out", matrix);
    const again = join(scratch(), "again.yaml");
    expect((await run("import", matrix, "--out", again)).code).toBe(0);
    expect(readFileSync(again, "utf8")).toBe(readFileSync(out, "utf8"));
  });

  it("asks for the folder when given a single sheet, and explains a missing path", async () => {
    const single = await run("import", "templates/framework-csv/roles.csv");
    expect(single.code).toBe(1);
    expect(single.stderr).toContain("not one sheet");
    const missing = await run("import", "no/such/folder");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no/such/folder  cannot read it: no such file or folder");
  });
});
