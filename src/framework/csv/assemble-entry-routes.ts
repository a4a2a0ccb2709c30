import { childOf } from "./child-of.ts";
import type { CsvAssembly } from "./csv-assembly.ts";
import type { Sheet, SheetRow } from "./read-sheet.ts";
import { resolveId } from "./resolve-id.ts";
import { rowFields } from "./row-fields.ts";

type Doc = Record<string, unknown>;
type ConditionSet = { all: Doc[]; any: Doc[] };

/** The sheets that describe entry routes. */
export interface EntrySheets {
  routes: Sheet | undefined;
  roles: Sheet | undefined;
  conditions: Sheet | undefined;
}

interface Route {
  doc: Doc & { when: ConditionSet; enterAt: Doc[] };
  roles: string[];
}

function readConditionTarget(assembly: CsvAssembly, row: SheetRow, route: Route, index: number) {
  const roleCell = row.get("role");
  if (roleCell.value === "") return { when: route.doc.when, path: ["entryRoutes", index, "when"] };
  const at = route.roles.indexOf(roleCell.value);
  const entry = route.doc.enterAt[at];
  if (entry === undefined) {
    const listed = route.roles.join(", ") || "none yet";
    assembly.report(roleCell, {
      code: "unknown-entry-role",
      message: `role "${roleCell.value}" is not an entry role of route "${String(route.doc.id)}"`,
      hint: `Leave the cell empty for the route's own conditions, or add the role to entry-roles.csv (listed: ${listed}).`,
    });
    return undefined;
  }
  const when = childOf<ConditionSet>(entry, "when", { all: [], any: [] });
  return { when, path: ["entryRoutes", index, "enterAt", at, "when"] };
}

function readCondition(assembly: CsvAssembly, row: SheetRow, routes: Route[], ids: string[]) {
  const index = resolveId(assembly, row.get("route"), "entry route", ids);
  const route = index === undefined ? undefined : routes[index];
  if (route === undefined || index === undefined) return;
  const target = readConditionTarget(assembly, row, route, index);
  const modeCell = row.get("mode");
  const mode = modeCell.value.toLowerCase();
  if (mode !== "all" && mode !== "any") {
    const hint = "Write all (every such condition must hold) or any (at least one must hold).";
    const message = mode === "" ? "names no mode" : `unknown mode "${modeCell.value}"`;
    assembly.report(modeCell, { code: "invalid-value", message, hint });
    return;
  }
  if (target === undefined) return;
  const list = target.when[mode];
  list.push(
    rowFields(assembly, row, [...target.path, mode, list.length], {
      fact: ["fact", "text"],
      atLeast: ["at_least", "number"],
      atMost: ["at_most", "number"],
    }),
  );
}

/**
 * Reads entry-routes.csv (one row per route), entry-roles.csv (where each route usually starts,
 * in order) and entry-conditions.csv (the conditions of a route, or of one of its entry roles).
 */
export function assembleEntryRoutes(assembly: CsvAssembly, sheets: EntrySheets, doc: Doc): void {
  const routes = (sheets.routes?.rows ?? []).map((row, i): Route => {
    const fields = rowFields(assembly, row, ["entryRoutes", i], {
      id: ["id", "text"],
      name: ["name", "text"],
      description: ["description", "text"],
    });
    return { doc: { ...fields, when: { all: [], any: [] }, enterAt: [] }, roles: [] };
  });
  const ids = routes.map((route) => String(route.doc.id ?? ""));
  for (const row of sheets.roles?.rows ?? []) {
    const index = resolveId(assembly, row.get("route"), "entry route", ids);
    const route = index === undefined ? undefined : routes[index];
    if (route === undefined) continue;
    const path = ["entryRoutes", index as number, "enterAt", route.doc.enterAt.length];
    const entry = rowFields(assembly, row, path, {
      role: ["role", "text"],
      note: ["note", "optional"],
    });
    route.doc.enterAt.push(entry);
    route.roles.push(row.get("role").value);
  }
  for (const row of sheets.conditions?.rows ?? []) readCondition(assembly, row, routes, ids);
  doc.entryRoutes = routes.map((route) => route.doc);
}
