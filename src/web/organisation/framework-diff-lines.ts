import { describeFieldChange } from "../../framework/describe-field-change.ts";
import type { CollectionDiff, FrameworkDiff } from "../api/types.ts";

type Names = FrameworkDiff["names"];
export type ExpectationChange = FrameworkDiff["expectations"][number];

/** The field that holds an item's name: renaming it reads as a rename, not as a field change. */
const nameFields = ["name", "title"];

/**
 * One sentence per change of a collection, in a product manager's words: names, never ids;
 * renaming shows once, as "Renamed X to Y", whether the id changed or only the name.
 */
export function collectionLines(kind: string, diff: CollectionDiff, names: Names): string[] {
  const renamedTo = new Set(diff.renamed.map((rename) => rename.to));
  const renames = [
    ...diff.renamed
      .filter((rename) => rename.fromName !== rename.toName)
      .map((rename) => `Renamed ${rename.fromName} to ${rename.toName}`),
    ...diff.changed.flatMap((item) =>
      item.changes
        .filter((change) => nameFields.includes(change.field) && !renamedTo.has(item.id))
        .filter((change) => typeof change.from === "string" && typeof change.to === "string")
        .map((change) => `Renamed ${change.from} to ${change.to}`),
    ),
  ];
  return [
    ...diff.added.map((item) => `Added the ${kind} ${item.name}`),
    ...diff.removed.map((item) => `Removed the ${kind} ${item.name}`),
    ...renames,
    ...diff.changed.flatMap((item) =>
      item.changes
        .filter((change) => !nameFields.includes(change.field))
        .flatMap((change) => describeFieldChange(change, names))
        .map((words) => `${item.name}: ${words.label} — ${words.detail}`),
    ),
  ];
}

/** "Product Manager expects Stakeholders at level 3 (was not expected)". */
export function expectationLine(change: ExpectationChange): string {
  const was = change.from === null ? "was not expected" : `was level ${change.from}`;
  return change.to === null
    ? `${change.roleTitle} no longer expects ${change.competencyName} (${was})`
    : `${change.roleTitle} expects ${change.competencyName} at level ${change.to} (${was})`;
}

/** Expectation changes grouped by role, in the order the roles first appear. */
export function expectationsByRole(changes: ExpectationChange[]): [string, ExpectationChange[]][] {
  const groups = new Map<string, ExpectationChange[]>();
  for (const change of changes)
    groups.set(change.role, [...(groups.get(change.role) ?? []), change]);
  return [...groups.entries()];
}
