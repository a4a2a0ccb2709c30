import type { z } from "zod";

type Path = readonly PropertyKey[];

function isEmptyText(issue: z.core.$ZodIssue): boolean {
  if (issue.code === "too_small") return issue.origin === "string";
  if (issue.code === "invalid_format") return issue.input === "";
  return issue.code === "invalid_type" && issue.expected === "string" && issue.input === undefined;
}

function setAt(root: unknown, path: Path, value: string): void {
  let node = root;
  for (const segment of path.slice(0, -1)) {
    node = (node as Record<PropertyKey, unknown> | undefined)?.[segment as string];
  }
  const last = path.at(-1);
  if (typeof node === "object" && node !== null && last !== undefined) {
    (node as Record<PropertyKey, unknown>)[last as string] = value;
  }
}

/**
 * Copies the document with a stand-in text in every empty required text cell, and returns the
 * issues left over, so an empty cell (common in spreadsheets) does not hide the other problems.
 */
export function fillEmptyText(
  doc: unknown,
  issues: readonly z.core.$ZodIssue[],
): { doc: unknown; rest: z.core.$ZodIssue[] } {
  const copy: unknown = structuredClone(doc);
  const rest: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    if (isEmptyText(issue)) setAt(copy, issue.path, "empty");
    else rest.push(issue);
  }
  return { doc: copy, rest };
}
