import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importFrameworkBytes } from "../../app/parse-framework-source.ts";
import { writeXlsx } from "../../app/write-xlsx.ts";
import { writeCsv } from "../csv/write-csv.ts";
import { parseFramework } from "../parse-framework.ts";
import { frameworkToMatrixCsv, frameworkToMatrixRows } from "./framework-to-matrix.ts";
import type { ImportResult } from "./import-result.ts";
import { readLevelHeader } from "./read-level-header.ts";

const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(new URL(`../../../test/fixtures/frameworks/imports/${name}`, import.meta.url)),
  );
const bytes = (text: string) => new TextEncoder().encode(text);

function framework(result: ImportResult) {
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
  return result.framework;
}

describe("importFrameworkFile", () => {
  it("reads a competency × level sheet as a minimal ladder and lists what it assumed", async () => {
    const result = await importFrameworkBytes("ladder-matrix.csv", fixture("ladder-matrix.csv"));
    const read = framework(result);
    expect(result.shape).toBe("matrix-csv");
    expect(read).toMatchObject({ id: "ladder-matrix", version: "1.0.0" });
    expect(read.roles.map((role) => [role.id, role.title])).toEqual([
      ["level-1", "Level 1"],
      ["level-2", "Level 2"],
      ["level-3", "Level 3"],
      ["level-4", "Level 4"],
    ]);
    const shipping = read.competencies.find((c) => c.id === "shipping");
    expect(shipping?.levels["1"]).toEqual([
      "Finishes small, well-defined tasks with support.",
      "Asks for help when stuck.",
    ]);
    expect(read.roles[2]?.expectations).toEqual({
      "customer-insight": 3,
      shipping: 3,
      "working-with-others": 3,
    });
    expect(read.transitions.map((t) => `${t.from}>${t.to}:${t.kind}`)).toContain(
      "level-1>level-2:promotion",
    );
    expect(read.entryRoutes[0]?.when).toEqual({ all: [], any: [] });
    const assumed = result.ok ? result.assumed.join("\n") : "";
    expect(assumed).toContain("Working with others at Level 4");
    expect(assumed).toMatch(/default labels: 1 Learning, 2 Practising, 3 Proficient, 4 Leading/);
    expect(assumed).toMatch(/One track, “Career ladder”/);
  });

  it("reports every problem of a bad sheet with its row, column and a way to fix it", async () => {
    const result = await importFrameworkBytes("ladder-broken.csv", fixture("ladder-broken.csv"));
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((issue) => [issue.code, issue.line, issue.column])).toEqual([
      ["duplicate-level", 1, 4],
      ["level-header-missing", 1, 5],
      ["competency-name-missing", 2, 1],
    ]);
    expect(issues[0]?.hint).toMatch(/one column/);
  });

  it("reads the first sheet of an XLSX workbook, shared and rich text included", async () => {
    const result = await importFrameworkBytes("ladder-matrix.xlsx", fixture("ladder-matrix.xlsx"));
    const read = framework(result);
    expect(result.shape).toBe("matrix-xlsx");
    expect(read.competencies.map((c) => c.id)).toEqual(["roadmapping", "stakeholders"]);
    expect(read.competencies[0]?.levels).toMatchObject({
      "2": "Owns the roadmap for one team & explains it.",
      "3": "Sets the roadmap for an area with <trade-offs> written down.",
    });
    const corrupt = await importFrameworkBytes(
      "ladder.xlsx",
      fixture("ladder-matrix.xlsx").slice(0, 200),
    );
    expect(corrupt).toMatchObject({ ok: false, issues: [{ code: "not-a-workbook" }] });
  });

  it("reads Markdown with front matter: levels and topics above, criteria per level below", async () => {
    const result = await importFrameworkBytes("ladder.md", fixture("ladder.md"));
    const read = framework(result);
    expect(read).toMatchObject({
      id: "harbour-product-ladder",
      name: "Harbour product ladder",
      version: "2.1.0",
    });
    expect(read.roles.map((role) => role.id)).toEqual(["product-manager", "senior-pm", "group-pm"]);
    expect(read.roles[0]?.summary).toBe("Owns a feature set within an area.");
    expect(read.roles[2]?.responsibilities).toEqual(["Coaches two or more PMs."]);
    expect(read.competencies[0]).toMatchObject({
      area: "Product craft",
      levels: {
        "1": ["Talks to customers every week.", "Writes the problem down before the solution."],
      },
    });
    expect(read.competencies[1]?.levels["1"]).toMatch(/^Ships features in small steps/);

    const typo = await importFrameworkBytes(
      "ladder.md",
      bytes(
        new TextDecoder()
          .decode(fixture("ladder.md"))
          .replace("### Delivery\n- Keeps", "### Deliver\n- Keeps"),
      ),
    );
    expect(typo.ok ? [] : typo.issues.map((i) => [i.code, i.line])).toEqual([
      ["unknown-topic", 30],
    ]);
    // Read as YAML, the same file points to the Markdown importer.
    const asYaml = parseFramework(new TextDecoder().decode(fixture("ladder.md")), {
      fileName: "ladder.yaml",
    });
    expect(asYaml.ok ? "" : asYaml.issues[0]?.hint).toMatch(/front matter/);
  });

  it("says which front matter line to fix in Markdown, and how", async () => {
    const problems = async (front: string) => {
      const result = await importFrameworkBytes("ladder.md", bytes(`---\n${front}---\n## PM\n`));
      return result.ok ? [] : result.issues.map((i) => [i.line, i.message, i.hint.slice(0, 24)]);
    };
    expect(await problems("name: Acme\ntopics: [Delivery]\n")).toEqual([
      [
        2,
        'the front matter names no levels: it needs "levels:" followed by a list of names',
        "Start the file with fron",
      ],
    ]);
    expect(await problems("levels: [PM, Senior PM]\ntopics:\n  - area: Craft\n")).toEqual([
      [
        3,
        'the 1st of the front matter\'s topics has no name: write each as a name, or as "name: …"',
        "Start the file with fron",
      ],
    ]);
    expect(await problems("levels: [PM\ntopics: [Delivery]\n")).toEqual([
      [
        3,
        "this line does not line up with the lines it belongs with, or a bracket above it is never closed",
        "Check indentation and br",
      ],
    ]);
  });

  it("maps a job family's proficiency names to the scale and keeps extra texts as responsibilities", async () => {
    const result = await importFrameworkBytes("job-family.csv", fixture("job-family.csv"));
    const read = framework(result);
    expect(result.shape).toBe("job-family-csv");
    expect(read.scale.map((step) => step.label)).toEqual(["Developing", "Proficient", "Expert"]);
    expect(read.roles.map((role) => role.expectations)).toEqual([
      { discovery: 1, delivery: 1 },
      { discovery: 2, delivery: 1 },
      { discovery: 3, delivery: 2 },
    ]);
    expect(read.roles[1]?.responsibilities).toEqual([
      "Delivery: Ships features with a steady cadence.",
    ]);
  });

  it("recognises the usual ways of heading a level column", async () => {
    expect(["Level 1", "level_2", "L3", "4", "ic5", "Senior PM"].map(readLevelHeader)).toEqual([
      { title: "Level 1", number: 1 },
      { title: "Level 2", number: 2 },
      { title: "L3", number: 3 },
      { title: "Level 4", number: 4 },
      { title: "IC5", number: 5 },
      { title: "Senior PM", number: null },
    ]);
  });
});

const word = fc.constantFrom(
  "Discovery",
  "Delivery",
  "Strategy",
  "Craft",
  "Data",
  "People",
  "Design",
  "Growth",
);
const sentence = fc
  .array(
    fc.constantFrom(
      "ships",
      "plans",
      "leads",
      "writes",
      "the",
      "team's",
      "roadmap,",
      '"well"',
      "&",
      "<fast>",
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((words) => `${words.join(" ")}.`);
const matrix = fc
  .record({
    levels: fc.uniqueArray(
      fc.constantFrom(
        "Level 1",
        "L2",
        "level_3",
        "Senior PM",
        "Principal",
        "Lead",
        "Head of Product",
      ),
      { minLength: 2, maxLength: 5, selector: (t) => readLevelHeader(t).title.toLowerCase() },
    ),
    names: fc.uniqueArray(word, { minLength: 1, maxLength: 4 }),
    cells: fc.array(fc.array(fc.option(sentence, { nil: "" }), { minLength: 5, maxLength: 5 }), {
      minLength: 4,
      maxLength: 4,
    }),
  })
  .map(({ levels, names, cells }) => [
    ["Competency", ...levels],
    ...names.map((name, i) => [name, ...levels.map((_, l) => cells[i]?.[l] ?? "")]),
  ]);

describe("import → export → import", () => {
  it("is stable for one-sheet matrices, as CSV and as XLSX", async () => {
    await fc.assert(
      fc.asyncProperty(matrix, async (rows) => {
        const first = framework(await importFrameworkBytes("ladder.csv", bytes(writeCsv(rows))));
        const again = framework(
          await importFrameworkBytes("ladder.csv", bytes(frameworkToMatrixCsv(first))),
        );
        expect(again).toEqual(first);
        const workbook = await writeXlsx("Ladder", frameworkToMatrixRows(first));
        expect(framework(await importFrameworkBytes("ladder.xlsx", workbook))).toEqual(first);
      }),
      { numRuns: 25 },
    );
  });
});
