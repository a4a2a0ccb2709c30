import { roleFit } from "../../engine/fit/role-fit.ts";
import type { Profile, RoleFit } from "../../engine/types.ts";
import type { Framework } from "../../framework/schema.ts";

/**
 * The role a person without a case is a candidate for: the next role above theirs on their own
 * track, when the engine finds them ready or close for it; null otherwise (no role, the top of
 * the track, or still a stretch).
 *
 * @example
 * calibrationTarget(framework, "pm", profile)?.roleId; // "senior-pm"
 */
export function calibrationTarget(
  framework: Framework,
  roleId: string | null,
  profile: Profile,
): RoleFit | null {
  const current = framework.roles.find((role) => role.id === roleId);
  if (!current) return null;
  const above = framework.roles
    .filter((role) => role.track === current.track && role.rank > current.rank)
    .sort((a, b) => a.rank - b.rank)[0];
  if (!above) return null;
  const fit = roleFit(framework, profile, above.id);
  return fit.readiness === "stretch" ? null : fit;
}
