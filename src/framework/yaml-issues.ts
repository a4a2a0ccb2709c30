import type { Document, LineCounter, YAMLError } from "yaml";
import type { FrameworkIssue } from "./framework-issue.ts";
import { pathAtOffset } from "./path-at-offset.ts";

function hintFor(error: YAMLError, isJson: boolean): string {
  if (error.code === "DUPLICATE_KEY") {
    return "Each field may appear once per entry: remove or rename the repeated field.";
  }
  if (isJson) {
    return "Check the JSON near here: commas between entries, double quotes around keys and text, matching brackets.";
  }
  if (error.code === "BAD_INDENT" || error.code === "MISSING_CHAR") {
    return "Check indentation and brackets: indent the fields of one entry by the same number of spaces, and close every [ or { you open.";
  }
  if (error.code === "BLOCK_AS_IMPLICIT_KEY" || error.code === "MULTILINE_IMPLICIT_KEY") {
    return 'Put text that contains ": " in double quotes, and indent each field of an entry by the same number of spaces as the others.';
  }
  if (error.code === "BAD_SCALAR_START") {
    return 'Put the text in double quotes, e.g. "@ mentions" or "* priority".';
  }
  if (error.code === "MULTIPLE_DOCS") {
    return "A framework file is one YAML document, so a second --- line ends it. If this is Markdown with front matter (levels and topics between --- lines, criteria under headings), save it as a .md file: Pathways reads the front matter and the headings below it. Otherwise remove the extra --- line.";
  }
  if (error.code === "TAB_AS_INDENT")
    return "Indent with spaces; YAML does not allow tabs for indentation.";
  return "Check the lines near here: quote text that contains ': ' or starts with a special character such as @, * or &.";
}

/** What went wrong, in an author's words, for the parser's common complaints. */
function yamlMessage(error: YAMLError): string {
  switch (error.code) {
    case "BAD_INDENT":
      return "this line does not line up with the lines it belongs with, or a bracket above it is never closed";
    case "TAB_AS_INDENT":
      return "this line is indented with a tab";
    case "MISSING_CHAR":
      return "a bracket, quote or colon is missing here";
    case "MULTIPLE_DOCS":
      return "a second --- line starts another document";
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return "a colon or an indent here makes the value read as a new field";
    case "BAD_SCALAR_START":
      return "this text starts with a character YAML keeps for itself";
    case "UNEXPECTED_TOKEN":
      return "Pathways cannot read the text here";
    default:
      return "Pathways cannot read the YAML here";
  }
}

function jsonMessage(error: YAMLError): string {
  return error.code === "MISSING_CHAR"
    ? "a comma, bracket, quote or colon is missing here"
    : "Pathways cannot read the JSON here";
}

/** Turns the YAML parser's errors (syntax, duplicate keys) into issues with their position. */
export function yamlIssues(
  doc: Document,
  lineCounter: LineCounter,
  options: { fileName: string },
): FrameworkIssue[] {
  const isJson = options.fileName.toLowerCase().endsWith(".json");
  const seen = new Set<string>();
  const issues = doc.errors.map((error): FrameworkIssue => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const duplicate = error.code === "DUPLICATE_KEY";
    // Past a syntax error the document's shape is a guess, so only a repeated field names its place.
    const path = duplicate ? pathAtOffset(doc, error.pos[0]) : [];
    return {
      code: duplicate ? "duplicate-key" : isJson ? "json-syntax" : "yaml-syntax",
      message: duplicate
        ? `"${String(path.at(-1) ?? "")}" is written twice in the same entry`
        : isJson
          ? jsonMessage(error)
          : yamlMessage(error),
      hint: hintFor(error, isJson),
      file: options.fileName,
      line,
      column: col,
      path,
    };
  });
  return issues.filter((issue) => {
    const key = `${issue.line}:${issue.column}:${issue.message}`;
    return !seen.has(key) && seen.add(key);
  });
}
