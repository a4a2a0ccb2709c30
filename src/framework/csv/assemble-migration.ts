import { childOf } from "./child-of.ts";
import type { CsvAssembly } from "./csv-assembly.ts";
import { ownEntry, setOwn } from "./own-entry.ts";
import type { Sheet } from "./read-sheet.ts";

type Doc = Record<string, unknown>;

const kinds = { competency: "competencies", role: "roles" } as const;

/**
 * Reads migration.csv: how ids of the previous version map into this one. `to` is the new id, several
 * ids separated by `|` when a competency was split, or empty when the item was retired.
 */
export function assembleMigration(assembly: CsvAssembly, sheet: Sheet | undefined, doc: Doc): void {
  const rows = sheet?.rows ?? [];
  if (rows.length === 0) return;
  const migration = childOf<Doc>(doc, "migration", {});
  for (const row of rows) {
    const kindCell = row.get("kind");
    const field = ownEntry(kinds, kindCell.value.toLowerCase());
    if (field === undefined) {
      const message = kindCell.value === "" ? "names no kind" : `unknown kind "${kindCell.value}"`;
      const hint = "Write competency or role.";
      assembly.report(kindCell, { code: "invalid-value", message, hint });
      continue;
    }
    const map = childOf<Doc>(migration, field, {});
    const from = row.get("from").value;
    assembly.place(["migration", field, from], row.get("from"));
    const targets = assembly.list(row.get("to"), ["migration", field, from]);
    setOwn(map, from, targets.length === 0 ? null : targets.length === 1 ? targets[0] : targets);
  }
}
