import type { Framework } from "../../framework/schema.ts";
import { type EngineOptions, resolveOptions } from "../options.ts";
import type { Profile, RoleFit } from "../types.ts";
import { currentRoleFit } from "./current-role-fit.ts";
import { roleFit } from "./role-fit.ts";

/**
 * The fit of a profile to every role in the framework, in framework order; the role the person
 * holds (when given) is read as their current role, never "a stretch".
 *
 * @example roleFits(framework, profile).filter((fit) => fit.readiness === "ready")
 */
export function roleFits(
  framework: Framework,
  profile: Profile,
  options: Partial<EngineOptions> = {},
  currentRoleId: string | null = null,
): RoleFit[] {
  const settings = resolveOptions(options);
  return framework.roles.map((role) => {
    const fit = roleFit(framework, profile, role.id, settings);
    return role.id === currentRoleId ? currentRoleFit(framework, fit) : fit;
  });
}
