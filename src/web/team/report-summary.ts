import type { Framework, Profile, RoleFit } from "../api/types.ts";

/** The role a person would usually be promoted to next, as the framework's transitions say. */
export function nextRoleOf(framework: Framework, roleId: string | null): string | null {
  if (roleId === null) return null;
  const promotion = framework.transitions.find(
    (transition) => transition.from === roleId && transition.kind === "promotion",
  );
  return promotion?.to ?? null;
}

/** The engine's fit for the next role, or for the current one when there is no next role. */
export function readinessFor(
  framework: Framework,
  roleId: string | null,
  fits: readonly RoleFit[] | null,
): RoleFit | null {
  const target = nextRoleOf(framework, roleId) ?? roleId;
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
