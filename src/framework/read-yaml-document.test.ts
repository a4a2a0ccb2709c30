import { describe, expect, it } from "vitest";
import { minimalWith, positionOf } from "../../test/fixtures/frameworks/fixture-text.ts";
import type { FrameworkIssue } from "./framework-issue.ts";
import { readYamlDocument } from "./read-yaml-document.ts";

function refusalOf(text: string, fileName = "team.yaml"): FrameworkIssue[] {
  const result = readYamlDocument(text, { fileName });
  if (result.ok) throw new Error("expected the text to be refused");
  return result.issues;
}

describe("readYamlDocument", () => {
  it("reports a YAML syntax error at the parser's position and stops there", () => {
    const text = minimalWith(["aliases: [Junior PM]", "aliases: [Junior PM"]);
    const issues = refusalOf(text);
    expect(issues[0]?.code).toBe("yaml-syntax");
    expect(issues[0]?.line).toBe(positionOf(text, "aliases: [Junior PM").line + 1);
    expect(issues[0]?.hint).toMatch(/indent|bracket/i);
  });

  it("calls a syntax error in a .json file a JSON error with a JSON hint", () => {
    const issues = refusalOf('{"id": "x", "name": "y",, }', "team.json");
    expect(issues[0]?.code).toBe("json-syntax");
    expect(issues[0]?.hint).toMatch(/comma/);
    expect(issues[0]?.line).toBe(1);
  });

  it("refuses text over 5 MB before parsing it", () => {
    const issues = refusalOf(`# ${"x".repeat(5 * 1024 * 1024)}\n`);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "too-large", line: null, path: [] });
    expect(issues[0]?.message).toMatch(/at most 5 MB/);
  });

  it("refuses flow collections nested 100,000 deep without crashing", () => {
    const issues = refusalOf(`a: ${"[".repeat(100_000)}${"]".repeat(100_000)}\n`);
    expect(issues).toEqual([expect.objectContaining({ code: "too-deep" })]);
  });

  it("refuses maps nested more than 64 levels deep", () => {
    const text = Array.from({ length: 70 }, (_, depth) => `${" ".repeat(depth)}k${depth}:`).join(
      "\n",
    );
    const issues = refusalOf(`${text} end\n`);
    expect(issues).toEqual([expect.objectContaining({ code: "too-deep" })]);
    expect(issues[0]?.message).toMatch(/64/);
  });

  it("reads a duplicate key as an issue but still returns the document", () => {
    const result = readYamlDocument("a: 1\na: 2\n", { fileName: "team.yaml" });
    expect(result.ok && result.syntax).toEqual([
      expect.objectContaining({ code: "duplicate-key", line: 2, column: 1, path: ["a"] }),
    ]);
  });
});
