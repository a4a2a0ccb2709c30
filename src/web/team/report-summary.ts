import type { Profile, RoleFit } from "../api/types.ts";

/**
 * The engine's fit for the next role the server names in the profile, or for the current role
 * when there is no next role.
 */
export function readinessFor(
  profile: Profile | null,
  roleId: string | null,
  fits: readonly RoleFit[] | null,
): RoleFit | null {
  const target = profile?.nextRole?.roleId ?? roleId;
  return fits?.find((fit) => fit.roleId === target) ?? null;
}

/** The competency where self and manager ratings differ most, with the difference (self minus manager). */
export function widestSelfManagerGap(
  profile: Profile | null,
): { competency: string; difference: number } | null {
  let widest: { competency: string; difference: number } | null = null;
  for (const score of Object.values(profile?.competencies ?? {})) {
    if (score.selfVsManager === null) continue;
    if (widest === null || Math.abs(score.selfVsManager) > Math.abs(widest.difference)) {
      widest = { competency: score.competency, difference: score.selfVsManager };
    }
  }
  return widest;
}
