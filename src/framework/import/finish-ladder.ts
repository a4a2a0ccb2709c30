import type { FrameworkIssue, IssueDraft } from "../framework-issue.ts";
import { validateFrameworkData } from "../validate-framework-data.ts";
import { buildMinimalLadder, type LadderDraft } from "./build-minimal-ladder.ts";
import type { Assumption, FrameworkShape, ImportResult } from "./import-result.ts";

/** Where in the file a path of the framework came from (row or line, column), when known. */
export type PlaceOf = (path: (string | number)[]) => { line: number; column: number } | null;

/**
 * Completes a ladder an importer read into a checked framework: the minimal-ladder filling, then
 * every check of the framework format, each problem placed back on the file's row or line.
 */
export function finishLadder(
  shape: FrameworkShape,
  draft: LadderDraft,
  placeOf: PlaceOf,
  extra: Assumption[] = [],
): ImportResult {
  const { data, assumed } = buildMinimalLadder(draft);
  const { framework, errors, warnings } = validateFrameworkData(data);
  const place = (issue: IssueDraft): FrameworkIssue => {
    const at = placeOf(issue.path);
    return {
      code: issue.code,
      message: issue.message,
      hint: issue.hint,
      file: draft.file,
      line: at?.line ?? null,
      column: at?.column ?? null,
      path: issue.path,
    };
  };
  if (!framework) return { ok: false, shape, issues: errors.map(place) };
  return {
    ok: true,
    shape,
    framework,
    warnings: warnings.map(place),
    assumed: [...extra, ...assumed],
  };
}
