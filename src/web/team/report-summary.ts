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

/** A competency where self and manager ratings are a level or more apart, with both views. */
export interface Misaligned {
  competency: string;
  self: number;
  manager: number;
  /** Self minus manager. */
  difference: number;
}

/** Every competency where self and manager are a level or more apart, widest first. */
export function misalignedCompetencies(profile: Profile | null): Misaligned[] {
  const found: Misaligned[] = [];
  for (const score of Object.values(profile?.competencies ?? {})) {
    const { self, manager } = score.byRater;
    if (score.selfVsManager === null || self === undefined || manager === undefined) continue;
    if (Math.abs(score.selfVsManager) < 1 - 1e-9) continue;
    found.push({ competency: score.competency, self, manager, difference: score.selfVsManager });
  }
  return found.sort(
    (a, b) =>
      Math.abs(b.difference) - Math.abs(a.difference) || (a.competency < b.competency ? -1 : 1),
  );
}

/** Whether self and manager have both rated at least one competency. */
export function ratedByBoth(profile: Profile | null): boolean {
  return Object.values(profile?.competencies ?? {}).some((score) => score.selfVsManager !== null);
}
