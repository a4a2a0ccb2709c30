import type { Framework } from "../src/framework/schema.ts";

/**
 * Ratings that meet a role's expectations exactly, with every competency it does not ask for at 1.
 *
 * @example roleLevels(framework, "senior-pm").strategy // 4
 */
export function roleLevels(framework: Framework, roleId: string): Record<string, number> {
  const role = framework.roles.find((candidate) => candidate.id === roleId);
  if (!role) throw new Error(`no role ${roleId} in the framework`);
  const levels: Record<string, number> = {};
  for (const { id } of framework.competencies) levels[id] = Math.max(1, role.expectations[id] ?? 1);
  return levels;
}
