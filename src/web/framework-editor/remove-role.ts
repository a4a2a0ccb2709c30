import { checkReachability } from "../../framework/check-reachability.ts";
import type { Framework as CheckedFramework } from "../../framework/schema.ts";
import type { Framework } from "../api/types.ts";
import { forgetMappingTarget } from "./forget-mapping-target.ts";

/** What goes with a role when it is removed from a draft, in the words the confirmation uses. */
export interface RoleRemoval {
  /** The draft without the role and without anything pointing at it. */
  document: Framework;
  /** Moves from or to the role. */
  moves: number;
  /** Names of the entry routes that lead into the role. */
  landings: string[];
  /** Names of the entry routes that lead only into the role, left needing another role. */
  emptiedRoutes: string[];
  /** Competencies the role expects. */
  expectations: number;
  /** Titles of the roles people could reach only through this one. */
  cutOff: string[];
}

const nameOf = (route: Framework["entryRoutes"][number]) => route.name || route.id;

function unreachable(doc: Framework): Set<string> {
  const issues = checkReachability(doc as CheckedFramework);
  return new Set(issues.map((issue) => doc.roles[Number(issue.path[1])]?.id ?? ""));
}

/**
 * A draft without one role and every reference to it: its moves in and out, the entry routes'
 * landings on it and other roles' comparisons with it; a migration entry that led to it leads
 * nowhere now, so its holders are asked where they go at publish. With the removal comes what
 * it takes along and what it leaves to fix.
 *
 * @example removeRole(doc, "group-pm").moves // 3
 */
export function removeRole(doc: Framework, id: string): RoleRemoval {
  const role = doc.roles.find((candidate) => candidate.id === id);
  const touches = (t: Framework["transitions"][number]) => t.from === id || t.to === id;
  const leadsIn = (route: Framework["entryRoutes"][number]) =>
    route.enterAt.some((entry) => entry.role === id);
  const document: Framework = {
    ...doc,
    roles: doc.roles
      .filter((candidate) => candidate.id !== id)
      .map((other) => ({ ...other, comparableTo: other.comparableTo.filter((c) => c !== id) })),
    transitions: doc.transitions.filter((t) => !touches(t)),
    entryRoutes: doc.entryRoutes.map((route) =>
      leadsIn(route)
        ? { ...route, enterAt: route.enterAt.filter((entry) => entry.role !== id) }
        : route,
    ),
    ...(doc.migration
      ? { migration: { ...doc.migration, roles: forgetMappingTarget(doc.migration.roles, id) } }
      : {}),
  };
  const before = unreachable(doc);
  const after = unreachable(document);
  return {
    document,
    moves: doc.transitions.filter(touches).length,
    landings: doc.entryRoutes.filter(leadsIn).map(nameOf),
    emptiedRoutes: document.entryRoutes
      .filter((route, at) => route.enterAt.length === 0 && doc.entryRoutes[at]?.enterAt.length)
      .map(nameOf),
    expectations: Object.keys(role?.expectations ?? {}).length,
    cutOff: document.roles
      .filter((other) => after.has(other.id) && !before.has(other.id))
      .map((other) => other.title || other.id),
  };
}
