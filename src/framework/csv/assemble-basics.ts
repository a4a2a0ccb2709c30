import { closestIds } from "../closest-id.ts";
import { childOf } from "./child-of.ts";
import type { CsvAssembly, DocPath } from "./csv-assembly.ts";
import { frameworkKeys } from "./csv-layout.ts";
import { ownEntry } from "./own-entry.ts";
import type { Sheet } from "./read-sheet.ts";
import { rowFields } from "./row-fields.ts";

type Doc = Record<string, unknown>;

function setAt(doc: Doc, path: readonly string[], value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    doc[head] = value;
    return;
  }
  const child = childOf<Doc>(doc, head, {});
  setAt(child, rest, value);
}

/** Fills the framework's own fields (id, name, version ...) from the key,value rows of framework.csv. */
export function assembleFrameworkKeys(assembly: CsvAssembly, sheet: Sheet, doc: Doc): void {
  const known = Object.keys(frameworkKeys);
  const seen = new Set<string>();
  for (const row of sheet.rows) {
    const keyCell = row.get("key");
    const key = keyCell.value.toLowerCase();
    const target: readonly string[] | undefined = ownEntry(frameworkKeys, key);
    if (target === undefined || seen.has(key)) {
      const [closest] = closestIds(key, known, 1);
      const problem = target
        ? {
            code: "duplicate-key",
            message: `"${key}" is given twice`,
            hint: "Keep one row per key.",
          }
        : {
            code: "unknown-key",
            message: `unknown key "${keyCell.value}"`,
            hint: `Use one of: ${known.join(", ")}${closest ? ` (closest: ${closest})` : ""}.`,
          };
      assembly.report(keyCell, problem);
      continue;
    }
    seen.add(key);
    const valueCell = { ...row.get("value"), name: key };
    const path: DocPath = [...target];
    if (target.length > 1) assembly.place(target.slice(0, -1), valueCell);
    const numeric = key.startsWith("span_of_control");
    const value = numeric
      ? assembly.number(valueCell, path)
      : assembly.optionalText(valueCell, path);
    if (value !== undefined) setAt(doc, target, value);
  }
}

/** Reads scale.csv, tracks.csv and guidance.csv: one row per level, track or guidance note. */
export function assembleLists(
  assembly: CsvAssembly,
  sheets: Record<string, Sheet | undefined>,
  doc: Doc,
): void {
  const lists = [
    [
      "scale",
      "scale.csv",
      {
        level: ["level", "number"],
        label: ["label", "text"],
        description: ["description", "text"],
      },
    ],
    [
      "tracks",
      "tracks.csv",
      { id: ["id", "text"], name: ["name", "text"], description: ["description", "text"] },
    ],
    [
      "guidance",
      "guidance.csv",
      { id: ["id", "text"], title: ["title", "text"], body: ["body", "text"] },
    ],
  ] as const;
  for (const [field, file, map] of lists) {
    const rows = sheets[file]?.rows ?? [];
    doc[field] = rows.map((row, i) => rowFields(assembly, row, [field, i], map));
  }
}

/** Reads transitions.csv: one row per move, with its typical duration in years when known. */
export function assembleTransitions(
  assembly: CsvAssembly,
  sheet: Sheet | undefined,
  doc: Doc,
): void {
  const map = {
    from: ["from", "text"],
    to: ["to", "text"],
    kind: ["kind", "text"],
    notes: ["notes", "optional"],
  } as const;
  doc.transitions = (sheet?.rows ?? []).map((row, i) => {
    const transition = rowFields(assembly, row, ["transitions", i], map);
    const path = ["transitions", i, "typicalDuration"];
    const duration = rowFields(assembly, row, path, {
      minYears: ["min_years", "number"],
      maxYears: ["max_years", "number"],
    });
    if (Object.keys(duration).length > 0) transition.typicalDuration = duration;
    return transition;
  });
}
