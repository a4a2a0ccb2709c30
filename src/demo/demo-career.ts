import type { Framework, Role, TransitionKind } from "../framework/schema.ts";

/** The framework's role, or a clear error naming the unknown id. */
export function roleOf(framework: Framework, roleId: string): Role {
  const role = framework.roles.find((candidate) => candidate.id === roleId);
  if (!role) throw new Error(`The framework has no role "${roleId}".`);
  return role;
}

/** Where a role sits in seniority, from 0 (most junior) to 1 (most senior), across tracks. */
export function seniorityOf(framework: Framework, roleId: string): number {
  const role = roleOf(framework, roleId);
  const ranks = framework.roles.filter((r) => r.track === role.track).map((r) => r.rank);
  const spread = Math.max(...ranks) - Math.min(...ranks);
  const within = spread === 0 ? 0.5 : (role.rank - Math.min(...ranks)) / spread;
  if (role.track === "ic") return 0.7 + within * 0.25;
  if (role.track === "adjacent") return 0.5;
  return within;
}

/** The roles a transition of one of `kinds` leads to from `roleId`, in framework order. */
export function nextRoles(
  framework: Framework,
  roleId: string,
  kinds: readonly TransitionKind[],
): string[] {
  return framework.transitions
    .filter((transition) => transition.from === roleId && kinds.includes(transition.kind))
    .map((transition) => transition.to);
}

/** The roles that lead to `roleId` through a transition of one of `kinds`. */
export function previousRoles(
  framework: Framework,
  roleId: string,
  kinds: readonly TransitionKind[],
): string[] {
  return framework.transitions
    .filter((transition) => transition.to === roleId && kinds.includes(transition.kind))
    .map((transition) => transition.from);
}

/** Management roles whose expectations include leading people, which some people avoid. */
export function peopleManagementRoles(framework: Framework): string[] {
  return framework.roles
    .filter(
      (role) => role.track === "management" && (role.expectations["people-leadership"] ?? 0) >= 3,
    )
    .map((role) => role.id);
}
