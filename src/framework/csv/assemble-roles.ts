import { childOf } from "./child-of.ts";
import type { CsvAssembly } from "./csv-assembly.ts";
import { roleItemKinds } from "./csv-layout.ts";
import { ownEntry, setOwn } from "./own-entry.ts";
import type { Sheet } from "./read-sheet.ts";
import { resolveId } from "./resolve-id.ts";
import { rowFields } from "./row-fields.ts";

type Doc = Record<string, unknown>;

/** The sheets that describe roles. */
export interface RoleSheets {
  roles: Sheet | undefined;
  items: Sheet | undefined;
  skills: Sheet | undefined;
  expectations: Sheet | undefined;
}

function readItems(assembly: CsvAssembly, sheet: Sheet | undefined, roles: Doc[], ids: string[]) {
  const kinds = Object.keys(roleItemKinds);
  for (const row of sheet?.rows ?? []) {
    const index = resolveId(assembly, row.get("role"), "role", ids);
    const role = index === undefined ? undefined : roles[index];
    const kindCell = row.get("kind");
    const field = ownEntry(roleItemKinds, kindCell.value);
    if (field === undefined) {
      const found = kindCell.value === "" ? "names no kind" : `unknown kind "${kindCell.value}"`;
      const hint = `Use one of: ${kinds.join(", ")}.`;
      assembly.report(kindCell, { code: "invalid-value", message: found, hint });
    }
    if (role === undefined || field === undefined) continue;
    const list = childOf<string[]>(role, field, []);
    list.push(assembly.text(row.get("text"), ["roles", index as number, field, list.length]));
  }
}

function readSkills(assembly: CsvAssembly, sheet: Sheet | undefined, roles: Doc[], ids: string[]) {
  for (const row of sheet?.rows ?? []) {
    const index = resolveId(assembly, row.get("role"), "role", ids);
    const role = index === undefined ? undefined : roles[index];
    if (role === undefined) continue;
    const skills = childOf<Doc[]>(role, "skillsToDevelop", []);
    const path = ["roles", index as number, "skillsToDevelop", skills.length];
    skills.push(
      rowFields(assembly, row, path, {
        competency: ["competency", "text"],
        name: ["name", "text"],
        description: ["description", "text"],
      }),
    );
  }
}

function readExpectations(
  assembly: CsvAssembly,
  sheet: Sheet | undefined,
  roles: Doc[],
  ids: string[],
) {
  const seen = new Set<number>();
  for (const row of sheet?.rows ?? []) {
    const roleCell = row.get("role");
    const index = resolveId(assembly, roleCell, "role", ids);
    const role = index === undefined ? undefined : roles[index];
    if (role === undefined || index === undefined) continue;
    if (seen.has(index)) {
      const hint = "Keep one row per role: merge the two rows.";
      assembly.report(roleCell, {
        code: "duplicate-role",
        message: `role "${roleCell.value}" has two rows`,
        hint,
      });
      continue;
    }
    seen.add(index);
    const path = ["roles", index, "expectations"];
    assembly.place(path, roleCell);
    const expectations: Record<string, number> = {};
    for (const cell of row.extras) {
      const level = assembly.number(cell, [...path, cell.name]);
      if (level !== undefined) setOwn(expectations, cell.name, level);
    }
    role.expectations = expectations;
    const mandatory = assembly.list(row.get("mandatory"), ["roles", index, "mandatory"]);
    if (mandatory.length > 0) role.mandatory = mandatory;
  }
}

/**
 * Reads roles.csv (one row per role), role-items.csv (the role's lists of texts, in order),
 * skills.csv and expectations.csv (one row per role, one column per competency).
 */
export function assembleRoles(assembly: CsvAssembly, sheets: RoleSheets, doc: Doc): void {
  const roles = (sheets.roles?.rows ?? []).map(
    (row, i): Doc => ({
      ...rowFields(assembly, row, ["roles", i], {
        id: ["id", "text"],
        title: ["title", "text"],
        aliases: ["aliases", "list"],
        track: ["track", "text"],
        rank: ["rank", "number"],
        summary: ["summary", "text"],
        comparableTo: ["comparable_to", "list"],
        whoThrives: ["who_thrives", "optional"],
        managesPeople: ["manages_people", "yes-no"],
      }),
      expectations: {},
    }),
  );
  const ids = roles.map((role) => String(role.id ?? ""));
  readItems(assembly, sheets.items, roles, ids);
  readSkills(assembly, sheets.skills, roles, ids);
  readExpectations(assembly, sheets.expectations, roles, ids);
  doc.roles = roles;
}
