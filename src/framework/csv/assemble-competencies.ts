import { childOf } from "./child-of.ts";
import type { CsvAssembly } from "./csv-assembly.ts";
import type { Sheet } from "./read-sheet.ts";
import { resolveId } from "./resolve-id.ts";
import { rowFields } from "./row-fields.ts";

type Doc = Record<string, unknown>;
type CompetencyDoc = Doc & { growth: Record<string, string[]> };

/**
 * Reads competencies.csv (one row per competency, one `level_N` column per scale level) and
 * growth.csv (one row per growth action, in order).
 */
export function assembleCompetencies(
  assembly: CsvAssembly,
  sheets: { competencies: Sheet | undefined; growth: Sheet | undefined },
  doc: Doc,
): void {
  const rows = sheets.competencies?.rows ?? [];
  const competencies = rows.map((row, i): CompetencyDoc => {
    const path = ["competencies", i];
    const competency = rowFields(assembly, row, path, {
      id: ["id", "text"],
      name: ["name", "text"],
      area: ["area", "text"],
      description: ["description", "text"],
    });
    const levels: Record<string, string> = {};
    // A competency missing a descriptor is reported at its first empty level cell.
    const first = row.extras.find((cell) => cell.value === "") ?? row.extras[0];
    if (first) assembly.place([...path, "levels"], first);
    for (const cell of row.extras) {
      if (cell.value === "") continue;
      const level = cell.name.slice("level_".length).replace(/^0+(?=\d)/, "");
      levels[level] = assembly.text(cell, [...path, "levels", level]);
    }
    return { ...competency, levels, growth: {} };
  });
  const ids = competencies.map((c) => String(c.id ?? ""));
  for (const row of sheets.growth?.rows ?? []) {
    const index = resolveId(assembly, row.get("competency"), "competency", ids);
    const competency = index === undefined ? undefined : competencies[index];
    if (competency === undefined) continue;
    const base = ["competencies", index as number, "growth"];
    const levelCell = row.get("level");
    const level = assembly.number(levelCell, [...base, levelCell.value]);
    if (level === undefined) {
      if (levelCell.value === "") {
        const hint = "Write the scale level this action helps someone reach, e.g. 3.";
        assembly.report(levelCell, { code: "missing-level", message: "names no level", hint });
      }
      continue;
    }
    const key = String(level);
    const actions = childOf<string[]>(competency.growth, key, []);
    assembly.place([...base, key], levelCell);
    actions.push(assembly.text(row.get("action"), [...base, key, actions.length]));
  }
  doc.competencies = competencies;
}
