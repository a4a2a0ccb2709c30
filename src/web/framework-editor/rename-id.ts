import type { Framework } from "../api/types.ts";

type Mapping = Record<string, string | string[] | null>;

/**
 * Records `from` -> `to` in a migration mapping from the published version: a chain of renames
 * keeps pointing from the published id, and renaming back removes the entry.
 *
 * @example recordRename({}, "group-pm", "product-lead", ["group-pm"]) // { "group-pm": "product-lead" }
 */
export function recordRename<T extends Mapping>(
  mapping: T,
  from: string,
  to: string,
  publishedIds: readonly string[],
): T {
  const next: Mapping = { ...mapping };
  const origin = Object.keys(next).find((key) => next[key] === from);
  if (origin !== undefined) {
    if (origin === to) delete next[origin];
    else next[origin] = to;
  } else if (publishedIds.includes(from) && from !== to) {
    next[from] = to;
  }
  return next as T;
}

const swap = (from: string, to: string) => (id: string) => (id === from ? to : id);

function migrationOf(doc: Framework): NonNullable<Framework["migration"]> {
  return doc.migration ?? { fromVersion: doc.version, competencies: {}, roles: {} };
}

/**
 * Gives a role a new id everywhere it is referred to (transitions, entry routes, comparable
 * roles) and records the rename in the draft's migration mapping.
 *
 * @example renameRole(doc, "group-pm", "product-lead", publishedRoleIds)
 */
export function renameRole(
  doc: Framework,
  from: string,
  to: string,
  publishedIds: readonly string[],
): Framework {
  const id = swap(from, to);
  const migration = migrationOf(doc);
  return {
    ...doc,
    roles: doc.roles.map((role) => ({
      ...role,
      id: id(role.id),
      comparableTo: role.comparableTo.map(id),
    })),
    transitions: doc.transitions.map((t) => ({ ...t, from: id(t.from), to: id(t.to) })),
    entryRoutes: doc.entryRoutes.map((route) => ({
      ...route,
      enterAt: route.enterAt.map((entry) => ({ ...entry, role: id(entry.role) })),
    })),
    migration: { ...migration, roles: recordRename(migration.roles, from, to, publishedIds) },
  };
}

/**
 * Gives a competency a new id everywhere it is referred to (expectations, mandatory lists,
 * skills to develop) and records the rename in the draft's migration mapping.
 *
 * @example renameCompetency(doc, "strategy", "product-strategy", publishedCompetencyIds)
 */
export function renameCompetency(
  doc: Framework,
  from: string,
  to: string,
  publishedIds: readonly string[],
): Framework {
  const id = swap(from, to);
  const migration = migrationOf(doc);
  return {
    ...doc,
    competencies: doc.competencies.map((c) => ({ ...c, id: id(c.id) })),
    roles: doc.roles.map((role) => ({
      ...role,
      expectations: Object.fromEntries(
        Object.entries(role.expectations).map(([key, level]) => [id(key), level]),
      ),
      mandatory: role.mandatory.map(id),
      skillsToDevelop: role.skillsToDevelop.map((s) => ({ ...s, competency: id(s.competency) })),
    })),
    migration: {
      ...migration,
      competencies: recordRename(migration.competencies, from, to, publishedIds),
    },
  };
}
