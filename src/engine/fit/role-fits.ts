import type { Framework } from "../../framework/schema.ts";
import { type EngineOptions, resolveOptions } from "../options.ts";
import type { Profile, RoleFit } from "../types.ts";
import { roleFit } from "./role-fit.ts";

/**
 * The fit of a profile to every role in the framework, in framework order.
 *
 * @example roleFits(framework, profile).filter((fit) => fit.readiness === "ready")
 */
export function roleFits(
  framework: Framework,
  profile: Profile,
  options: Partial<EngineOptions> = {},
): RoleFit[] {
  const settings = resolveOptions(options);
  return framework.roles.map((role) => roleFit(framework, profile, role.id, settings));
}
