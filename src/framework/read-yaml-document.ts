import type { Document } from "yaml";
import { LineCounter, parseDocument } from "yaml";
import type { FrameworkIssue } from "./framework-issue.ts";
import { maxFrameworkBytes, maxFrameworkDepth } from "./limits.ts";
import { measureDepth } from "./measure-depth.ts";
import { yamlIssues } from "./yaml-issues.ts";

/** A parsed document with its line index, and the parser's complaints (syntax, duplicate keys). */
export type ReadDocumentResult =
  | { ok: true; doc: Document; lineCounter: LineCounter; syntax: FrameworkIssue[] }
  | { ok: false; issues: FrameworkIssue[] };

function refusal(code: string, message: string, hint: string, file: string): ReadDocumentResult {
  return { ok: false, issues: [{ code, message, hint, file, line: null, column: null, path: [] }] };
}

function byteLength(source: string): number {
  // UTF-8 never takes fewer bytes than UTF-16 code units, so short text needs no encoding.
  return source.length * 3 <= maxFrameworkBytes
    ? source.length
    : new TextEncoder().encode(source).length;
}

const tooDeepHint = `Flatten the document: the format needs fewer than ten levels; the limit is ${maxFrameworkDepth}.`;

/**
 * Reads YAML (or JSON) text into a document, refusing text over 5 MB or nested over 64 levels, and
 * stopping at syntax errors (duplicate keys alone do not stop it).
 */
export function readYamlDocument(
  source: string,
  options: { fileName: string },
): ReadDocumentResult {
  const { fileName } = options;
  const bytes = byteLength(source);
  if (bytes > maxFrameworkBytes) {
    return refusal(
      "too-large",
      `the file is ${(bytes / 1024 / 1024).toFixed(1)} MB; a framework may be at most 5 MB`,
      "Trim or split long text: a whole career framework fits in a few hundred kilobytes.",
      fileName,
    );
  }
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    if (error instanceof RangeError) {
      return refusal("too-deep", "the document nests too deeply to read", tooDeepHint, fileName);
    }
    throw error;
  }
  // The parser reports running out of stack on absurd nesting as an ordinary error.
  if (doc.errors.some((error) => /call stack/i.test(error.message))) {
    return refusal("too-deep", "the document nests too deeply to read", tooDeepHint, fileName);
  }
  const syntax = yamlIssues(doc, lineCounter, { fileName });
  if (syntax.some((issue) => issue.code !== "duplicate-key")) return { ok: false, issues: syntax };
  if (measureDepth(doc, maxFrameworkDepth) > maxFrameworkDepth) {
    return refusal(
      "too-deep",
      `lists and maps nest more than ${maxFrameworkDepth} levels deep`,
      tooDeepHint,
      fileName,
    );
  }
  return { ok: true, doc, lineCounter, syntax };
}
