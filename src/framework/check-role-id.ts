import type { InputIssue } from "./input-issue.ts";
import type { Framework } from "./schema.ts";

/**
 * Checks that a role id names a role of the framework; nothing to check when it is absent.
 *
 * @example checkRoleId(framework, "astronaut", "query.to")
 * // [{ path: "query.to", message: 'No role "astronaut" in the framework.', hint: "Use one of: pm, senior-pm, …." }]
 */
export function checkRoleId(
  framework: Framework,
  roleId: string | null | undefined,
  path: string,
): InputIssue[] {
  if (roleId === null || roleId === undefined || roleId === "") return [];
  if (framework.roles.some((role) => role.id === roleId)) return [];
  return [
    {
      path,
      message: `No role "${roleId}" in the framework.`,
      hint: `Use one of: ${framework.roles.map((role) => role.id).join(", ")}.`,
    },
  ];
}
