import { closestIdsHint } from "./closest-id.ts";
import type { IssueDraft } from "./framework-issue.ts";
import type { Framework } from "./schema.ts";

type Path = (string | number)[];

/** A reference to check: the id named and where it is named. */
interface Reference {
  id: string;
  path: Path;
  at?: "key" | "value";
}

function competencyReferences(framework: Framework): Reference[] {
  const fromRoles = framework.roles.flatMap((r, i): Reference[] => [
    ...Object.keys(r.expectations).map(
      (id): Reference => ({
        id,
        path: ["roles", i, "expectations", id],
        at: "key",
      }),
    ),
    ...r.mandatory.map((id, j) => ({ id, path: ["roles", i, "mandatory", j] })),
    ...r.skillsToDevelop.map((s, j) => ({
      id: s.competency,
      path: ["roles", i, "skillsToDevelop", j, "competency"],
    })),
  ]);
  const mapping = Object.entries(framework.migration?.competencies ?? {});
  const fromMigration = mapping.flatMap(([oldId, target]): Reference[] => {
    const path = ["migration", "competencies", oldId];
    if (typeof target === "string") return [{ id: target, path }];
    return (target ?? []).map((id, k) => ({ id, path: [...path, k] }));
  });
  return [...fromRoles, ...fromMigration];
}

function roleReferences(framework: Framework): Reference[] {
  return [
    ...framework.roles.flatMap((r, i) =>
      r.comparableTo.map((id, j) => ({ id, path: ["roles", i, "comparableTo", j] })),
    ),
    ...framework.transitions.flatMap((t, i) => [
      { id: t.from, path: ["transitions", i, "from"] },
      { id: t.to, path: ["transitions", i, "to"] },
    ]),
    ...framework.entryRoutes.flatMap((route, i) =>
      route.enterAt.map((e, j) => ({ id: e.role, path: ["entryRoutes", i, "enterAt", j, "role"] })),
    ),
    ...Object.entries(framework.migration?.roles ?? {}).flatMap(([oldId, target]) =>
      target === null ? [] : [{ id: target, path: ["migration", "roles", oldId] }],
    ),
  ];
}

function unknown(
  kind: "competency" | "role",
  references: Reference[],
  known: string[],
): IssueDraft[] {
  const declared = new Set(known);
  return references
    .filter((ref) => !declared.has(ref.id))
    .map((ref) => ({
      code: `unknown-${kind}`,
      message: `no ${kind} has the id "${ref.id}"`,
      hint: closestIdsHint(kind, ref.id, known),
      path: ref.path,
      at: ref.at ?? "value",
    }));
}

/** Finds every place that names a competency or role the framework does not declare. */
export function checkReferences(framework: Framework): IssueDraft[] {
  return [
    ...unknown(
      "competency",
      competencyReferences(framework),
      framework.competencies.map((c) => c.id),
    ),
    ...unknown(
      "role",
      roleReferences(framework),
      framework.roles.map((r) => r.id),
    ),
  ];
}
