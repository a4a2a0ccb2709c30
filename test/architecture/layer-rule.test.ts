import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const biome = join(root, "node_modules/.bin/biome");

/**
 * The layer rules in biome.json, tried on probe files in a scratch copy of the project layout:
 * each forbidden import must be reported with its reason, and an allowed one must pass.
 */
describe("the layer rules", () => {
  const scratch = mkdtempSync(join(tmpdir(), "pathways-layers-"));
  const config = JSON.parse(readFileSync(join(root, "biome.json"), "utf8")) as Record<
    string,
    unknown
  >;
  delete config.$schema;
  writeFileSync(join(scratch, "biome.json"), JSON.stringify(config));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  function lint(file: string, source: string): { status: number | null; output: string } {
    const path = join(scratch, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${source}\nexport const probe = [value];\n`);
    const run = spawnSync(biome, ["lint", "--max-diagnostics=5", file], {
      cwd: scratch,
      encoding: "utf8",
    });
    rmSync(path);
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  }

  const forbidden: [file: string, source: string, reason: RegExp][] = [
    ["src/engine/probe.ts", 'import { value } from "node:fs";', /pure core/],
    ["src/engine/probe.ts", 'import { value } from "pdfkit";', /pure core/],
    [
      "src/engine/probe.ts",
      'import { value } from "../storage/database.ts";',
      /src\/engine may use/,
    ],
    ["src/framework/probe.ts", 'import { value } from "../engine/types.ts";', /bottom layer/],
    ["src/web/probe.ts", 'import { value } from "../storage/schema.ts";', /src\/web may import/],
    ["src/web/probe.ts", 'import { value } from "drizzle-orm";', /browser/],
    ["src/pages/probe.ts", 'import { value } from "react";', /page table/],
    [
      "src/pages/probe.ts",
      'import { value } from "../server/create-app.ts";',
      /src\/pages depends/,
    ],
    ["src/app/probe.ts", 'import { value } from "hono";', /use cases/],
    ["src/app/probe.ts", 'import { value } from "../server/policy.ts";', /src\/app is called/],
    ["src/storage/probe.ts", 'import { value } from "../app/read-profile.ts";', /src\/storage/],
    ["src/reports/probe.ts", 'import { value } from "../server/create-app.ts";', /src\/reports/],
    [
      "src/reports/probe.ts",
      'import { value } from "../storage/database.ts";',
      /src\/reports only renders/,
    ],
  ];
  for (const [file, source, reason] of forbidden) {
    it(`reports ${source} in ${file}`, { timeout: 30_000 }, () => {
      const { status, output } = lint(file, source);
      expect(status).toBe(1);
      expect(output).toContain("noRestrictedImports");
      expect(output).toMatch(reason);
    });
  }

  it("lets the engine import the framework", { timeout: 30_000 }, () => {
    const { status, output } = lint(
      "src/engine/probe.ts",
      'import { value } from "../framework/schema.ts";',
    );
    expect(output).not.toContain("noRestrictedImports");
    expect(status).toBe(0);
  });
});
