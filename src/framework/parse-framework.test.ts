import { describe, expect, it } from "vitest";
import {
  fixtureText,
  minimalWith,
  positionOf,
} from "../../test/fixtures/frameworks/fixture-text.ts";
import { formatIssues } from "./format-issues.ts";
import type { FrameworkIssue } from "./framework-issue.ts";
import { parseFramework } from "./parse-framework.ts";

const fileName = "team.yaml";

function issuesOf(text: string, name = fileName): FrameworkIssue[] {
  const result = parseFramework(text, { fileName: name });
  if (result.ok) throw new Error("expected the framework to be refused");
  return result.issues;
}

describe("parseFramework", () => {
  it("accepts the minimal fixture with defaults filled in and no warnings", () => {
    const result = parseFramework(fixtureText("minimal.yaml"), { fileName });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.framework.roles.map((r) => r.id)).toEqual([
      "apm",
      "pm",
      "senior-pm",
      "principal-pm",
      "program-manager",
    ]);
    expect(result.framework.roles[1]?.mandatory).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("reads the same framework written as JSON", () => {
    const yamlResult = parseFramework(fixtureText("minimal.yaml"), { fileName });
    if (!yamlResult.ok) throw new Error("minimal fixture must load");
    const json = JSON.stringify(yamlResult.framework, null, 2);
    const jsonResult = parseFramework(json, { fileName: "team.json" });
    expect(jsonResult.ok && jsonResult.framework).toEqual(yamlResult.framework);
  });

  const cases: {
    name: string;
    replace: [string, string][];
    code: string;
    at: string;
    occurrence?: number;
    path: (string | number)[];
  }[] = [
    {
      name: "an unknown key, pointing at the key itself",
      replace: [["    aliases: [Junior PM]\n", "    aliases: [Junior PM]\n    colour: blue\n"]],
      code: "unknown-key",
      at: "colour",
      path: ["roles", 0, "colour"],
    },
    {
      name: "a value of the wrong type",
      replace: [["rank: 2", "rank: high"]],
      code: "wrong-type",
      at: "high",
      path: ["roles", 1, "rank"],
    },
    {
      name: "a missing required field, pointing at its entry",
      replace: [["    summary: Owns a product area end to end.\n", ""]],
      code: "missing-field",
      at: "id: pm",
      path: ["roles", 1, "summary"],
    },
    {
      name: "a YAML key written twice in one entry",
      replace: [["    rank: 2\n", "    rank: 2\n    rank: 3\n"]],
      code: "duplicate-key",
      at: "rank: 3",
      path: ["roles", 1, "rank"],
    },
    {
      name: "a competency id declared twice",
      replace: [["  - id: strategy\n", "  - id: execution\n"]],
      code: "duplicate-id",
      at: "execution",
      occurrence: 2,
      path: ["competencies", 1, "id"],
    },
    {
      name: "a role id declared twice",
      replace: [["  - id: program-manager", "  - id: principal-pm"]],
      code: "duplicate-id",
      at: "principal-pm",
      occurrence: 2,
      path: ["roles", 4, "id"],
    },
    {
      name: "a track declared twice",
      replace: [
        ["  - id: adjacent\n    name: Product-adjacent", "  - id: ic\n    name: Product-adjacent"],
      ],
      code: "duplicate-id",
      at: "ic\n    name: Product-adjacent",
      path: ["tracks", 2, "id"],
    },
    {
      name: "an entry route id declared twice",
      replace: [["  - id: experienced-hire", "  - id: new-graduate"]],
      code: "duplicate-id",
      at: "new-graduate",
      occurrence: 2,
      path: ["entryRoutes", 1, "id"],
    },
  ];

  it.each(cases)("reports $name with its line, column and path", (c) => {
    const text = minimalWith(...c.replace);
    const issue = issuesOf(text).find((i) => i.code === c.code);
    expect(issue, JSON.stringify(issuesOf(text), null, 1)).toBeDefined();
    expect(issue?.path).toEqual(c.path);
    expect(issue?.file).toBe(fileName);
    expect(issue?.message.length).toBeGreaterThan(10);
    expect(issue?.hint.length).toBeGreaterThan(10);
    expect({ line: issue?.line, column: issue?.column }).toEqual(
      positionOf(text, c.at, c.occurrence),
    );
  });
});

describe("parseFramework on badly broken input", () => {
  it("reports structural and reference errors together in one run, in reading order", () => {
    const text = minimalWith(
      ["    aliases: [Junior PM]\n", "    aliases: [Junior PM]\n    colour: blue\n"],
      ["      people-leadership: 1\n", "      people-leadershp: 1\n"],
      ["    to: program-manager", "    to: programme-manager"],
      ["rank: 3", "rank: 3\n    rank: 4"],
    );
    const codes = issuesOf(text).map((i) => i.code);
    expect([...codes].sort()).toEqual([
      "duplicate-key",
      "unknown-competency",
      "unknown-key",
      "unknown-role",
      "unreachable-role",
    ]);
    const lines = issuesOf(text).map((i) => i.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it("suggests the closest known ids for an unknown competency", () => {
    const text = minimalWith(["      people-leadership: 1\n", "      people-leadershp: 1\n"]);
    expect(issuesOf(text)[0]?.hint).toMatch(/closest known: people-leadership/);
  });

  it("refuses an empty document with a located message", () => {
    const issues = issuesOf("");
    expect(issues[0]).toMatchObject({ code: "wrong-type", line: 1, column: 1 });
  });

  it("warns about a competency no role expects, without refusing the framework", () => {
    const text = minimalWith(
      ["      people-leadership: 1\n", ""],
      ["      people-leadership: 2\n", ""],
    );
    const result = parseFramework(text, { fileName });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: "unused-competency", path: ["competencies", 2, "id"] }),
    ]);
  });

  it("suggests the field an unknown key was probably meant to be", () => {
    const text = minimalWith(["    title: Product Manager\n", "    titel: Product Manager\n"]);
    const unknownKey = issuesOf(text).find((issue) => issue.code === "unknown-key");
    expect(unknownKey?.hint).toBe('Did you mean "title"? Rename or remove it.');
  });
});

describe("parseFramework in an author's words", () => {
  const mistakes: Array<{
    name: string;
    replace: [string, string];
    message: RegExp;
    hint: RegExp;
  }> = [
    {
      name: "a level off the scale",
      replace: [
        "      execution: 1\n      strategy: 1\n",
        "      execution: 7\n      strategy: 1\n",
      ],
      message: /^role "apm" expects level 7 in "execution", but the scale runs from 1 to 3$/,
      hint: /^Change it to a whole level from 1 to 3\.$/,
    },
    {
      name: "an unknown competency in an expectation",
      replace: [
        "      execution: 1\n      strategy: 1\n",
        "      execution: 1\n      stratgy: 1\n",
      ],
      message: /^no competency has the id "stratgy"$/,
      hint: /^Did you mean "strategy"\? Use the id of a declared competency/,
    },
    {
      name: "a duplicate id",
      replace: ["  - id: strategy\n", "  - id: execution\n"],
      message: /^the id "execution" is already used by the 1st competency$/,
      hint: /its own id/,
    },
    {
      name: "a missing field",
      replace: ["    summary: Learns the craft on a well-scoped area.\n", ""],
      message: /^role 1 has no "summary", which it needs$/,
      hint: /^Add "summary:" with text\.$/,
    },
    {
      name: "text where a number belongs",
      replace: ["    rank: 1\n", "    rank: first\n"],
      message: /^"rank" is text "first", but it should be a number/,
      hint: /^Replace it with a number/,
    },
    {
      name: "a track that is not one of the choices",
      replace: ["    track: management\n    rank: 1", "    track: mgmt\n    rank: 1"],
      message: /^"track" is text "mgmt", which is not one of its choices$/,
      hint: /^Use one of: management, ic, adjacent\.$/,
    },
    {
      name: "an id written with capitals and spaces",
      replace: ["  - id: apm\n", "  - id: Associate PM\n"],
      message: /^"id" is text "Associate PM", but ids are lower-case words joined by dashes/,
      hint: /example/,
    },
    {
      name: "an entry indented too far",
      replace: ["    rank: 1\n", "      rank: 1\n"],
      message: /indent|line/,
      hint: /indent|spaces/i,
    },
  ];

  it.each(mistakes)("says where, what and how to fix $name, without schema words", (c) => {
    const issues = issuesOf(minimalWith(c.replace));
    const [issue] = issues;
    expect(issue?.message, JSON.stringify(issues, null, 1)).toMatch(c.message);
    expect(issue?.hint).toMatch(c.hint);
    expect(issue?.line).toBeGreaterThan(1);
    expect(formatIssues(issues)).not.toMatch(
      /expected|\benum\b|\barray\b|pattern|\[\d+\]|\bstring\b|invalid|semver|\bnull\b|\bmap\b|implicit|scalar/i,
    );
  });
});
