import { describe, expect, it } from "vitest";
import { minimalFramework } from "../../../test/fixtures/frameworks/fixture-text.ts";
import type { FrameworkIssue } from "../framework-issue.ts";
import { frameworkFromCsv } from "./framework-from-csv.ts";
import { frameworkToCsv } from "./framework-to-csv.ts";

type Sheets = Record<string, string | Uint8Array>;

/** The minimal fixture's sheets with each `[file, from, to]` replacement applied once. */
function sheetsWith(...edits: [file: string, from: string, to: string][]): Sheets {
  const sheets: Record<string, string> = { ...frameworkToCsv(minimalFramework()) };
  for (const [file, from, to] of edits) {
    const text = sheets[file] ?? "";
    if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
    sheets[file] = text.replace(from, to);
  }
  return sheets;
}

function issuesOf(sheets: Sheets): FrameworkIssue[] {
  const result = frameworkFromCsv(sheets);
  if (result.ok) throw new Error("expected the import to fail");
  return result.issues;
}

function place(issue: FrameworkIssue | undefined): string {
  return issue ? `${issue.file}:${issue.line}:${issue.column}  ${issue.message}` : "none";
}

describe("frameworkFromCsv", () => {
  it("imports the sheets of a valid framework", () => {
    const result = frameworkFromCsv(sheetsWith());
    expect(result.ok && result.framework.roles.map((role) => role.id)).toEqual([
      "apm",
      "pm",
      "senior-pm",
      "principal-pm",
      "program-manager",
    ]);
  });

  it("accepts headers in any case and order, and skips blank rows", () => {
    const sheets = sheetsWith(
      ["tracks.csv", "id,name,description\n", "Description,ID,Name\n"],
      ["tracks.csv", "management,Management ladder,Leads through people.\n", "\n"],
      [
        "tracks.csv",
        "ic,Individual contributor,Leads through depth.",
        "Leads through depth.,ic,IC",
      ],
      [
        "tracks.csv",
        "adjacent,Product-adjacent roles,Roles next to product.",
        ",,\nRoles.,adjacent,Adj",
      ],
    );
    sheets["tracks.csv"] += "Leads through people.,management,Management ladder\n";
    const result = frameworkFromCsv(sheets);
    expect(result.ok && result.framework.tracks.map((track) => track.id)).toEqual([
      "ic",
      "adjacent",
      "management",
    ]);
  });

  it("reports a missing required sheet and an unknown one, naming the expected columns", () => {
    const sheets = sheetsWith();
    delete sheets["roles.csv"];
    sheets["people.csv"] = "name\n";
    const issues = issuesOf(sheets);
    expect(issues.map((issue) => [issue.file, issue.code])).toEqual([
      ["roles.csv", "missing-file"],
      ["people.csv", "unknown-file"],
    ]);
    expect(issues[0]?.hint).toContain("id, title, aliases, track, rank, summary");
  });

  it("reports an empty sheet, missing and unknown columns at the header row", () => {
    const issues = issuesOf({
      ...sheetsWith(["skills.csv", "role,competency,name,description", "role,competency,nme"]),
      "scale.csv": "",
    });
    expect(issues.map(place)).toEqual([
      "scale.csv:1:1  the file is empty",
      'skills.csv:1:3  nme: unknown column "nme"',
      'skills.csv:1:4  missing column "name"',
      'skills.csv:1:4  missing column "description"',
      "skills.csv:2:4  this cell is in a column with no name in the first row",
    ]);
    expect(issues[1]?.hint).toBe('Did you mean "name"? Rename or remove the column.');
    expect(issues[0]?.hint).toContain("level, label, description");
  });

  it("refuses a sheet that is not UTF-8 text", () => {
    const latin1 = new Uint8Array([0x69, 0x64, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]);
    const issues = issuesOf({ ...sheetsWith(), "guidance.csv": latin1 });
    expect(issues.map(place)).toEqual(["guidance.csv:2:4  the file is not UTF-8 text"]);
  });

  it("reports a cell with a quote that is never closed", () => {
    const issues = issuesOf(
      sheetsWith(["guidance.csv", "no-fixed-timeline,", 'no-fixed-timeline,"']),
    );
    expect(issues.map((issue) => [issue.file, issue.line, issue.column, issue.code])).toEqual([
      ["guidance.csv", 2, 2, "csv-syntax"],
    ]);
  });

  it("reports every wrong cell at once, with its row, column and column name", () => {
    const issues = issuesOf(
      sheetsWith(
        ["expectations.csv", "pm,,2,1,1", "pm,,2,high,1"],
        ["role-items.csv", "\npm,success", "\npn,success"],
        ["role-items.csv", "\npm,responsibility", "\npm,duty"],
        [
          "transitions.csv",
          "pm,senior-pm,promotion,,,",
          "pm,senior-pm,promotion,,,\npm,vp,promotion,,,",
        ],
        ["entry-conditions.csv", "new-graduate,,all", "new-graduate,,either"],
      ),
    );
    expect(issues.map(place)).toEqual([
      'role-items.csv:7:2  kind: unknown kind "duty"',
      'role-items.csv:8:1  role: no role has the id "pn"',
      'expectations.csv:3:4  strategy: the cell says "high", but it should be a number',
      'transitions.csv:4:2  to: no role has the id "vp"',
      'entry-conditions.csv:2:3  mode: unknown mode "either"',
    ]);
    expect(issues[1]?.hint).toContain("the closest known: pm");
    expect(issues[3]?.path).toEqual(["transitions", 2, "to"]);
  });

  it("reports a non-number where a number belongs, naming the column", () => {
    const issues = issuesOf(
      sheetsWith([
        "roles.csv",
        "Product Manager,,management,2,",
        "Product Manager,,management,two,",
      ]),
    );
    expect(issues.map(place)).toEqual([
      'roles.csv:3:5  rank: the cell says "two", but it should be a number',
    ]);
    expect(issues[0]?.path).toEqual(["roles", 1, "rank"]);
    expect(issues[0]?.hint).toContain("plain number");
  });

  it("maps the framework checks back to the cell: level descriptors, competencies, ranks", () => {
    const issues = issuesOf(
      sheetsWith(
        ["competencies.csv", "Shapes the strategy for an area.", ""],
        [
          "expectations.csv",
          "execution,strategy,people-leadership",
          "execution,strategy,people-leadershp",
        ],
        ["expectations.csv", "senior-pm,strategy,", "senior-pm,stratgy,"],
        ["growth.csv", "execution,2,", "execution,7,"],
      ),
    );
    expect(issues.map(place)).toEqual([
      'competencies.csv:3:6  level_2: competency "strategy" has no descriptor for level 2',
      "growth.csv:2:2  level: level 7 is not on the scale, which runs from 1 to 3",
      'expectations.csv:3:5  people-leadershp: no competency has the id "people-leadershp"',
      'expectations.csv:4:2  mandatory: no competency has the id "stratgy"',
      'expectations.csv:4:5  people-leadershp: no competency has the id "people-leadershp"',
    ]);
    expect(issues[3]?.path).toEqual(["roles", 2, "mandatory", 0]);
  });

  it("reports an empty required cell and still checks the rest", () => {
    const issues = issuesOf(
      sheetsWith(
        ["roles.csv", "Runs cross-team programs.", ""],
        ["transitions.csv", "pm,program-manager", ",program-manager"],
        [
          "transitions.csv",
          "principal-pm,senior-pm,track-switch",
          "principal-pm,senior-pm,promotion",
        ],
      ),
    );
    expect(issues.map(place)).toEqual([
      'roles.csv:6:1  id: no entry route or chain of transitions from one leads to role "program-manager"',
      "roles.csv:6:6  summary: the cell is empty",
      'transitions.csv:5:3  kind: a promotion stays on one track, but "principal-pm" is ic and "senior-pm" is management',
      "transitions.csv:7:1  from: the cell is empty",
    ]);
    expect(issues[1]?.hint).toBe('Fill in the "summary" cell: it is required.');
  });

  it("points a missing framework key at framework.csv and says which row to add", () => {
    const issues = issuesOf(sheetsWith(["framework.csv", "version,1.0.0\n", ""]));
    expect(issues.map(place)).toEqual([
      'framework.csv:1:1  the framework has no "version", which it needs',
    ]);
    expect(issues[0]?.hint).toBe('Add the row "version,…" to framework.csv.');
  });
  it("treats names like constructor and __proto__ as plain text, without crashing", () => {
    const issues = issuesOf(
      sheetsWith(
        ["framework.csv", "key,value\n", "key,value\nconstructor,x\n"],
        ["role-items.csv", "\npm,success", "\npm,constructor"],
        ["expectations.csv", "people-leadership\n", "people-leadership,__proto__\n"],
        ["expectations.csv", "pm,,2,1,1", "pm,,2,1,1,3"],
      ),
    );
    expect(issues.map((issue) => [issue.file, issue.code])).toEqual([
      ["framework.csv", "unknown-key"],
      ["role-items.csv", "invalid-value"],
    ]);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
  it("refuses sheets larger than a framework may be, before reading them", () => {
    const huge = `id,title,body\nbig,Big,${"x".repeat(6 * 1024 * 1024)}\n`;
    const issues = issuesOf({ ...sheetsWith(), "guidance.csv": huge });
    expect(issues.map((issue) => [issue.code, issue.message])).toEqual([
      ["too-large", "the sheets hold 6.0 MB; a framework may be at most 5 MB"],
    ]);
  });
  it("explains a sheet saved with semicolons between cells", () => {
    const issues = issuesOf({
      ...sheetsWith(),
      "tracks.csv": "id;name;description\nic;IC;Depth\n",
    });
    expect(issues.map(place)).toEqual(["tracks.csv:1:1  cells are separated by semicolons"]);
    expect(issues[0]?.hint).toContain("commas between cells");
  });
});
