import { closestIds } from "../framework/closest-id.ts";
import type { Competency, Framework, Role, TrackId } from "../framework/schema.ts";

/** A role's expectations laid out as parallel arrays, in framework competency order. */
export interface RoleExpectations {
  role: Role;
  /** Position of the role in the framework's role list. */
  position: number;
  competencies: string[];
  expected: number[];
  mandatory: boolean[];
}

/** Lookups built once per framework object so hot loops never rescan it. */
export interface FrameworkIndex {
  competencyPosition: Map<string, number>;
  competencyById: Map<string, Competency>;
  /** Display name per competency, lower-cased for use mid-sentence. */
  competencyLabel: Map<string, string>;
  roles: Map<string, RoleExpectations>;
  /** Roles of each track, most junior first (ties keep framework order). */
  rolesByTrack: Map<TrackId, Role[]>;
}

const cache = new WeakMap<Framework, FrameworkIndex>();

/** Lower-cases the first letter of a name unless it starts an acronym ("UX research" stays). */
export function labelOf(name: string): string {
  const second = name.charAt(1);
  if (second !== "" && second === second.toUpperCase() && second !== second.toLowerCase()) {
    return name;
  }
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function buildIndex(framework: Framework): FrameworkIndex {
  const competencyPosition = new Map<string, number>();
  const competencyById = new Map<string, Competency>();
  const competencyLabel = new Map<string, string>();
  framework.competencies.forEach((competency, position) => {
    competencyPosition.set(competency.id, position);
    competencyById.set(competency.id, competency);
    competencyLabel.set(competency.id, labelOf(competency.name));
  });
  const roles = new Map<string, RoleExpectations>();
  framework.roles.forEach((role, position) => {
    const mandatory = new Set(role.mandatory);
    const ids = framework.competencies
      .map((competency) => competency.id)
      .filter((id) => role.expectations[id] !== undefined);
    roles.set(role.id, {
      role,
      position,
      competencies: ids,
      expected: ids.map((id) => role.expectations[id] ?? 0),
      mandatory: ids.map((id) => mandatory.has(id)),
    });
  });
  const rolesByTrack = new Map<TrackId, Role[]>();
  for (const role of framework.roles) {
    const list = rolesByTrack.get(role.track) ?? [];
    list.push(role);
    rolesByTrack.set(role.track, list);
  }
  for (const list of rolesByTrack.values()) list.sort((a, b) => a.rank - b.rank);
  return { competencyPosition, competencyById, competencyLabel, roles, rolesByTrack };
}

/** The cached lookups for a framework (built on first use, then reused). */
export function frameworkIndex(framework: Framework): FrameworkIndex {
  let index = cache.get(framework);
  if (index === undefined) {
    index = buildIndex(framework);
    cache.set(framework, index);
  }
  return index;
}

/** A role's expectations, or a clear error naming the unknown id and the closest known ones. */
export function requireRole(framework: Framework, roleId: string): RoleExpectations {
  const found = frameworkIndex(framework).roles.get(roleId);
  if (found !== undefined) return found;
  const known = framework.roles.map((role) => role.id);
  const near = closestIds(roleId, known);
  throw new Error(
    `Unknown role "${roleId}" in framework "${framework.id}" ${framework.version}: ` +
      `use one of its role ids${near.length > 0 ? `, e.g. ${near.join(", ")}` : ""}.`,
  );
}

/** The lower-cased display name of a competency, falling back to its id. */
export function competencyLabel(framework: Framework, competencyId: string): string {
  return frameworkIndex(framework).competencyLabel.get(competencyId) ?? competencyId;
}
