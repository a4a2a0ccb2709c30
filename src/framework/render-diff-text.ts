import { describeFieldChange } from "./describe-field-change.ts";
import type { CollectionDiff, DiffNames, FrameworkDiff } from "./diff-frameworks.ts";

function level(value: number | null): string {
  return value === null ? "not expected" : String(value);
}

function collection(title: string, diff: CollectionDiff, names: DiffNames): string[] {
  const total = diff.added.length + diff.removed.length + diff.renamed.length + diff.changed.length;
  if (total === 0) return [`${title}: no changes`];
  return [
    `${title}: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.renamed.length} renamed, ${diff.changed.length} changed`,
    ...diff.added.map((item) => `  + ${item.id}  ${item.name}`),
    ...diff.removed.map((item) => `  - ${item.id}  ${item.name}`),
    ...diff.renamed.map((r) =>
      r.fromName === r.toName
        ? `  > ${r.from} -> ${r.to}  ${r.toName}`
        : `  > ${r.from} -> ${r.to}  ${r.fromName} -> ${r.toName}`,
    ),
    ...diff.changed.flatMap((item) => [
      `  ~ ${item.id}  ${item.name}`,
      ...item.changes.flatMap((change) =>
        describeFieldChange(change, names).map(
          (words) => `      ${change.field}  ${words.label}: ${words.detail}`,
        ),
      ),
    ]),
  ];
}

/**
 * Renders a framework diff for a terminal: one section each for competencies, roles and
 * expectations, ids for the file's authors with names beside them, values in words.
 *
 * @example process.stdout.write(renderDiffText(diffFrameworks(v1, v2)))
 */
export function renderDiffText(diff: FrameworkDiff): string {
  const expectations =
    diff.expectations.length === 0
      ? ["Expectations: no changes"]
      : [
          `Expectations: ${diff.expectations.length} changed`,
          ...diff.expectations.map(
            (e) =>
              `  ${e.role}  ${e.competency}: ${level(e.from)} -> ${level(e.to)}  (${e.roleTitle}, ${e.competencyName})`,
          ),
        ];
  const lines = [
    `${diff.from.id} ${diff.from.version} -> ${diff.to.id} ${diff.to.version}`,
    ...collection("Competencies", diff.competencies, diff.names),
    ...collection("Roles", diff.roles, diff.names),
    ...expectations,
  ];
  return `${lines.join("\n")}\n`;
}
