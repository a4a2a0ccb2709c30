import { type FieldChange, fieldChanges } from "./field-changes.ts";
import { matchRenames, type Rename } from "./match-renames.ts";
import type { Framework } from "./schema.ts";

/** What happened to one kind of item (roles or competencies) between two versions. */
export interface CollectionDiff {
  added: { id: string; name: string }[];
  removed: { id: string; name: string }[];
  renamed: Rename[];
  /** Items present in both (under the same or a renamed id) whose fields differ; id is the later one. */
  changed: { id: string; changes: FieldChange[] }[];
}

/** A role's expected proficiency for a competency, before and after (null: not expected). */
export interface ExpectationChange {
  role: string;
  competency: string;
  from: number | null;
  to: number | null;
}

/** Everything that differs between two versions of a framework. */
export interface FrameworkDiff {
  from: { id: string; version: string };
  to: { id: string; version: string };
  competencies: CollectionDiff;
  roles: CollectionDiff;
  expectations: ExpectationChange[];
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
  const named = (item: T) => ({ id: item.id, name: nameOf(item) });
  const changed = before.flatMap((item) => {
    const match = afterById.get(laterId.get(item.id) ?? item.id);
    if (!match) return [];
    const ignored = [...ignore, "id"];
    const changes = fieldChanges(item, match, ignored);
    return changes.length === 0 ? [] : [{ id: match.id, changes }];
  });
  return {
    added: after.filter((item) => !beforeIds.has(item.id) && !continued.has(item.id)).map(named),
    removed: before.filter((item) => !afterById.has(item.id) && !laterId.has(item.id)).map(named),
    renamed: renames,
    changed,
  };
}

function diffExpectations(
  a: Framework,
  b: Framework,
  roleRenames: Rename[],
  competencyRenames: Rename[],
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
      return from === to ? [] : [{ role: match.id, competency, from, to }];
    });
  });
}

/**
 * Compares two versions of a framework: added, removed, renamed and changed roles and
 * competencies, and every expectation that moved. Renames come from `b.migration` when present.
 *
 * @example diffFrameworks(v1, v2).roles.renamed // [{ from: "lead-pm", to: "senior-pm" }]
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
    expectations: diffExpectations(a, b, roleRenames, competencyRenames),
  };
}
