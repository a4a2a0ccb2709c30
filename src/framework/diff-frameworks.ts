import { type FieldChange, fieldChanges } from "./field-changes.ts";
import { matchRenames, type Rename } from "./match-renames.ts";
import type { Framework } from "./schema.ts";

/** An id that continues under another id, with the item's name before and after. */
export interface NamedRename extends Rename {
  fromName: string;
  toName: string;
}

/** What happened to one kind of item (roles or competencies) between two versions. */
export interface CollectionDiff {
  added: { id: string; name: string }[];
  removed: { id: string; name: string }[];
  renamed: NamedRename[];
  /**
   * Items present in both (under the same or a renamed id) whose fields differ; id and name are
   * the later ones.
   */
  changed: { id: string; name: string; changes: FieldChange[] }[];
}

/** A role's expected proficiency for a competency, before and after (null: not expected). */
export interface ExpectationChange {
  role: string;
  roleTitle: string;
  competency: string;
  competencyName: string;
  from: number | null;
  to: number | null;
}

/**
 * The names of the roles, competencies and tracks of either version by id (the later version's
 * name wins), so ids inside changed values (mandatory competencies, comparable roles, a role's
 * track) can be shown as names.
 */
export interface DiffNames {
  roles: Record<string, string>;
  competencies: Record<string, string>;
  tracks: Record<string, string>;
}

/** Everything that differs between two versions of a framework. */
export interface FrameworkDiff {
  from: { id: string; version: string };
  to: { id: string; version: string };
  competencies: CollectionDiff;
  roles: CollectionDiff;
  expectations: ExpectationChange[];
  names: DiffNames;
}

interface Item {
  id: string;
}

function diffCollection<T extends Item>(
  before: T[],
  after: T[],
  nameOf: (item: T) => string,
  renames: Rename[],
  ignore: string[],
): CollectionDiff {
  const laterId = new Map(renames.map((r) => [r.from, r.to]));
  const continued = new Set(renames.map((r) => r.to));
  const afterById = new Map(after.map((item) => [item.id, item]));
  const beforeIds = new Set(before.map((item) => item.id));
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const named = (item: T) => ({ id: item.id, name: nameOf(item) });
  const changed = before.flatMap((item) => {
    const match = afterById.get(laterId.get(item.id) ?? item.id);
    if (!match) return [];
    const ignored = [...ignore, "id"];
    const changes = fieldChanges(item, match, ignored);
    return changes.length === 0 ? [] : [{ ...named(match), changes }];
  });
  const nameIn = (items: Map<string, T>, id: string) => {
    const item = items.get(id);
    return item ? nameOf(item) : id;
  };
  return {
    added: after.filter((item) => !beforeIds.has(item.id) && !continued.has(item.id)).map(named),
    removed: before.filter((item) => !afterById.has(item.id) && !laterId.has(item.id)).map(named),
    renamed: renames.map((rename) => ({
      ...rename,
      fromName: nameIn(beforeById, rename.from),
      toName: nameIn(afterById, rename.to),
    })),
    changed,
  };
}

function diffExpectations(
  a: Framework,
  b: Framework,
  roleRenames: Rename[],
  competencyRenames: Rename[],
  names: DiffNames,
) {
  const laterRole = new Map(roleRenames.map((r) => [r.from, r.to]));
  const laterCompetency = new Map(competencyRenames.map((r) => [r.from, r.to]));
  const afterRoles = new Map(b.roles.map((role) => [role.id, role]));
  return a.roles.flatMap((role): ExpectationChange[] => {
    const match = afterRoles.get(laterRole.get(role.id) ?? role.id);
    if (!match) return [];
    const before = new Map<string, number>();
    for (const [id, level] of Object.entries(role.expectations))
      before.set(laterCompetency.get(id) ?? id, level);
    const ids = [...new Set([...before.keys(), ...Object.keys(match.expectations)])];
    return ids.flatMap((competency) => {
      const from = before.get(competency) ?? null;
      const to = match.expectations[competency] ?? null;
      if (from === to) return [];
      const roleTitle = match.title;
      const competencyName = names.competencies[competency] ?? competency;
      return [{ role: match.id, roleTitle, competency, competencyName, from, to }];
    });
  });
}

/**
 * Compares two versions of a framework: added, removed, renamed and changed roles and
 * competencies, and every expectation that moved, each with its name beside its id. Renames come
 * from `b.migration` when present.
 *
 * @example diffFrameworks(v1, v2).roles.renamed
 * // [{ from: "lead-pm", to: "senior-pm", fromName: "Lead PM", toName: "Senior Product Manager" }]
 */
export function diffFrameworks(a: Framework, b: Framework): FrameworkDiff {
  const toNamed = <T extends Item>(items: T[], name: (item: T) => string) =>
    items.map((item) => ({ id: item.id, name: name(item) }));
  const competencyRenames = matchRenames(
    toNamed(a.competencies, (c) => c.name),
    toNamed(b.competencies, (c) => c.name),
    b.migration?.competencies,
  );
  const roleRenames = matchRenames(
    toNamed(a.roles, (r) => r.title),
    toNamed(b.roles, (r) => r.title),
    b.migration?.roles,
  );
  const namesOf = <T extends Item>(items: T[], name: (item: T) => string) =>
    Object.fromEntries(items.map((item) => [item.id, name(item)]));
  const names: DiffNames = {
    roles: { ...namesOf(a.roles, (r) => r.title), ...namesOf(b.roles, (r) => r.title) },
    competencies: {
      ...namesOf(a.competencies, (c) => c.name),
      ...namesOf(b.competencies, (c) => c.name),
    },
    tracks: { ...namesOf(a.tracks, (t) => t.name), ...namesOf(b.tracks, (t) => t.name) },
  };
  return {
    from: { id: a.id, version: a.version },
    to: { id: b.id, version: b.version },
    competencies: diffCollection(
      a.competencies,
      b.competencies,
      (c) => c.name,
      competencyRenames,
      [],
    ),
    roles: diffCollection(a.roles, b.roles, (r) => r.title, roleRenames, ["expectations"]),
    expectations: diffExpectations(a, b, roleRenames, competencyRenames, names),
    names,
  };
}
