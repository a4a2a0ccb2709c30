import type { FrameworkIssue, IssueDraft, ParseResult } from "./framework-issue.ts";
import { locatePath } from "./locate-path.ts";
import { readYamlDocument } from "./read-yaml-document.ts";
import { validateFrameworkData } from "./validate-framework-data.ts";

export type { FrameworkIssue, ParseResult } from "./framework-issue.ts";

function inReadingOrder(issues: FrameworkIssue[]): FrameworkIssue[] {
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * Parses and validates a framework from YAML or JSON text, reporting every problem found at once,
 * each with its file, line, column, path in the document and a hint.
 *
 * @example
 * const result = parseFramework(text, { fileName: "frameworks/product-management.yaml" });
 * if (!result.ok) process.stderr.write(formatIssues(result.issues));
 */
export function parseFramework(source: string, options: { fileName: string }): ParseResult {
  const read = readYamlDocument(source, options);
  if (!read.ok) return read;
  const { doc, lineCounter, syntax } = read;
  const place = (draft: IssueDraft): FrameworkIssue => {
    const position = locatePath(doc, lineCounter, draft.path, draft.at);
    const { code, message, hint, path } = draft;
    const file = options.fileName;
    return {
      code,
      message,
      hint,
      file,
      line: position?.line ?? 1,
      column: position?.column ?? 1,
      path,
    };
  };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const hint = "Use fewer YAML aliases (*name): write the repeated data out instead.";
    return { ok: false, issues: [place({ code: "yaml-aliases", message, hint, path: [] })] };
  }
  const { framework, errors, warnings } = validateFrameworkData(data);
  if (framework && syntax.length === 0) {
    return { ok: true, framework, warnings: warnings.map(place) };
  }
  return { ok: false, issues: inReadingOrder([...syntax, ...errors.map(place)]) };
}
