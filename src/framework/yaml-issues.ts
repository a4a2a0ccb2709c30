import type { Document, LineCounter, YAMLError } from "yaml";
import type { FrameworkIssue } from "./framework-issue.ts";
import { pathAtOffset } from "./path-at-offset.ts";

function hintFor(error: YAMLError, isJson: boolean): string {
  if (error.code === "DUPLICATE_KEY") {
    return "Each field may appear once per entry: remove or rename the repeated key.";
  }
  if (isJson) {
    return "Check the JSON near here: commas between entries, double quotes around keys and text, matching brackets.";
  }
  if (error.code === "BAD_INDENT" || error.code === "MISSING_CHAR") {
    return "Check indentation and brackets: nested fields are indented consistently with spaces, every [ or { is closed.";
  }
  if (error.code === "MULTIPLE_DOCS") {
    return "A framework file is one YAML document, so a second --- line ends it. If this is Markdown with front matter (levels and topics between --- lines, criteria under headings), save it as a .md file: Pathways reads the front matter and the headings below it. Otherwise remove the extra --- line.";
  }
  if (error.code === "TAB_AS_INDENT")
    return "Indent with spaces; YAML does not allow tabs for indentation.";
  return "Check the YAML near here; quote text that contains ': ' or starts with a special character.";
}

/** Turns the YAML parser's errors (syntax, duplicate keys) into issues with their position. */
export function yamlIssues(
  doc: Document,
  lineCounter: LineCounter,
  options: { fileName: string },
): FrameworkIssue[] {
  const isJson = options.fileName.toLowerCase().endsWith(".json");
  return doc.errors.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    const duplicate = error.code === "DUPLICATE_KEY";
    const message = error.message.split("\n")[0] ?? error.message;
    const path = pathAtOffset(doc, error.pos[0]);
    return {
      code: duplicate ? "duplicate-key" : isJson ? "json-syntax" : "yaml-syntax",
      message: duplicate
        ? `key "${String(path.at(-1) ?? "")}" appears more than once in the same entry`
        : `${isJson ? "JSON" : "YAML"} syntax: ${message}`,
      hint: hintFor(error, isJson),
      file: options.fileName,
      line,
      column: col,
      path,
    };
  });
}
