import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../../test/cli.ts";

const minimal = "test/fixtures/frameworks/minimal.yaml";
const minimalV2 = "test/fixtures/frameworks/minimal-v2.yaml";
const broken = "test/fixtures/frameworks/broken.yaml";

const run = (...args: string[]) => runCli("framework", ...args);

afterEach(() => {
  process.exitCode = undefined;
});

describe("pathways framework validate", () => {
  it("summarises the default framework in one line and exits 0", async () => {
    const { code, stdout, stderr } = await run("validate");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(
      /^frameworks\/product-management\.yaml: valid — product-management \S+: \d+ competencies; roles: 5 management, \d+ ic, 5 adjacent; \d+ transitions; \d+ entry routes\n/,
    );
  });

  it("summarises a given file", async () => {
    const { code, stdout } = await run("validate", minimal);
    expect(code).toBe(0);
    expect(stdout).toBe(
      `${minimal}: valid — minimal 1.0.0: 3 competencies; roles: 3 management, 1 ic, 1 adjacent; 6 transitions; 2 entry routes\n`,
    );
  });

  it("prints every error with file, line, column and hint, and exits 1", async () => {
    const { code, stdout, stderr } = await run("validate", broken);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(`${broken}:58:5  role 1 › colour  unknown field "colour"`);
    expect(stderr).toContain(
      `${broken}:92:7  role 2 › expectations › people-leadershp  no competency has the id "people-leadershp"`,
    );
    expect(stderr).toContain(
      `${broken}:139:11  transition 2 › kind  a promotion must lead to a more senior role`,
    );
    expect(stderr).not.toMatch(/expected|\benum\b|\barray\b|pattern|\[\d+\]/);
    expect(stderr).toMatch(/\n {2}hint: /);
    expect(stderr.endsWith("4 errors\n")).toBe(true);
  });

  it("explains a missing file and exits 1", async () => {
    const { code, stderr } = await run("validate", "no/such/framework.yaml");
    expect(code).toBe(1);
    expect(stderr).toContain(
      "no/such/framework.yaml  cannot read the framework file: no such file",
    );
  });
});

describe("pathways framework show", () => {
  it("shows each track with its roles in rank order, and the competencies", async () => {
    const { code, stdout } = await run("show", "--file", minimal);
    expect(code).toBe(0);
    expect(stdout).toContain("Management ladder (management)\n");
    const order = ["apm", "senior-pm", "principal-pm"].map((id) => stdout.indexOf(`  ${id} `));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(stdout).toContain("Associate Product Manager  (also: Junior PM)");
    expect(stdout).toContain("Competencies (3)\n");
  });

  it("shows a role's full page with competency names and level descriptors", async () => {
    const { code, stdout } = await run("show", "--file", minimal, "--role", "senior-pm");
    expect(code).toBe(0);
    expect(
      stdout.startsWith("Senior Product Manager  (senior-pm · Management ladder, rank 3)\n"),
    ).toBe(true);
    expect(stdout).toContain(
      "  Strategy & vision: 2 Practising  (required)\n      Shapes the strategy for an area.\n",
    );
    expect(stdout).toContain("Moves from here\n  - Principal Product Manager (track-switch)\n");
  });

  it("refuses an unknown role, naming the closest ids, and exits 1", async () => {
    const { code, stdout, stderr } = await run("show", "--file", minimal, "--role", "senior");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('no role has the id "senior"');
    expect(stderr).toContain("closest known: senior-pm");
  });

  it("prints stable JSON for the framework and for one role", async () => {
    const first = await run("show", "--file", minimal, "--json");
    const second = await run("show", "--file", minimal, "--json");
    expect(first.stdout).toBe(second.stdout);
    expect(JSON.parse(first.stdout).roles).toHaveLength(5);
    const role = await run("show", "--file", minimal, "--role", "apm", "--json");
    expect(JSON.parse(role.stdout)).toMatchObject({ id: "apm", expectations: { execution: 1 } });
  });
});

describe("pathways framework render", () => {
  it("prints the Markdown handbook page", async () => {
    const { code, stdout } = await run("render", "--format", "markdown", "--file", minimal);
    expect(code).toBe(0);
    expect(stdout.startsWith("# Minimal framework\n")).toBe(true);
    expect(stdout).toContain("```mermaid\nflowchart LR\n");
  });

  it("writes the page to --out", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "pathways-render-")), "handbook.md");
    const { code, stdout } = await run(
      "render",
      "--format",
      "markdown",
      "--file",
      minimal,
      "--out",
      out,
    );
    expect(code).toBe(0);
    expect(stdout).toBe(`wrote ${out}\n`);
    expect(readFileSync(out, "utf8")).toContain("### Program Manager\n");
  });

  it("refuses an unknown format", async () => {
    const { code, stderr } = await run("render", "--format", "pdf");
    expect(code).toBe(1);
    expect(stderr).toContain("Allowed choices are markdown");
  });
});

describe("pathways framework diff", () => {
  it("lists renamed, added and removed items and moved expectations", async () => {
    const { code, stdout } = await run("diff", minimal, minimalV2);
    expect(code).toBe(0);
    expect(stdout).toContain("minimal 1.0.0 -> minimal 1.1.0\n");
    expect(stdout).toContain("  + communication  Communication\n");
    expect(stdout).toContain("  - program-manager  Program Manager\n");
    expect(stdout).toContain("  > pm -> product-manager  Product Manager\n");
    expect(stdout).toContain(
      "  senior-pm  strategy: 2 -> 3  (Senior Product Manager, Strategy & vision)\n",
    );
    expect(stdout).not.toContain("[");
  });

  it("prints the diff as JSON with --json", async () => {
    const { stdout } = await run("diff", minimal, minimalV2, "--json");
    const diff = JSON.parse(stdout);
    expect(diff.roles.renamed).toEqual([
      { from: "pm", to: "product-manager", fromName: "Product Manager", toName: "Product Manager" },
    ]);
    expect(diff.expectations).toContainEqual({
      role: "senior-pm",
      roleTitle: "Senior Product Manager",
      competency: "communication",
      competencyName: "Communication",
      from: null,
      to: 2,
    });
  });

  it("reports problems in either file and exits 1", async () => {
    const { code, stderr } = await run("diff", minimal, broken);
    expect(code).toBe(1);
    expect(stderr).toContain(`${broken}:58:5`);
  });
});
