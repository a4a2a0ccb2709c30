import type { CollectionDiff, FrameworkDiff } from "./diff-frameworks.ts";

function show(value: unknown): string {
  if (value === null || value === undefined) return "(none)";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function collection(title: string, diff: CollectionDiff): string[] {
  const total = diff.added.length + diff.removed.length + diff.renamed.length + diff.changed.length;
  if (total === 0) return [`${title}: no changes`];
  return [
    `${title}: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.renamed.length} renamed, ${diff.changed.length} changed`,
    ...diff.added.map((item) => `  + ${item.id}  ${item.name}`),
    ...diff.removed.map((item) => `  - ${item.id}  ${item.name}`),
    ...diff.renamed.map((r) => `  > ${r.from} -> ${r.to}`),
    ...diff.changed.flatMap((item) => [
      `  ~ ${item.id}`,
      ...item.changes.map((c) => `      ${c.field}: ${show(c.from)} -> ${show(c.to)}`),
    ]),
  ];
}

/**
 * Renders a framework diff for a terminal: one section each for competencies, roles and expectations.
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
              `  ${e.role}  ${e.competency}: ${e.from ?? "not expected"} -> ${e.to ?? "not expected"}`,
          ),
        ];
  const lines = [
    `${diff.from.id} ${diff.from.version} -> ${diff.to.id} ${diff.to.version}`,
    ...collection("Competencies", diff.competencies),
    ...collection("Roles", diff.roles),
    ...expectations,
  ];
  return `${lines.join("\n")}\n`;
}
