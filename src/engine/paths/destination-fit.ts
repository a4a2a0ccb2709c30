import type { Role, TrackId } from "../../framework/schema.ts";
import type { Profile, RoleFit } from "../types.ts";

/**
 * How much to favour a destination beyond its fit: a role on the person's most preferred track,
 * on another track they listed, and the next step on their own track (when their preferences do
 * not point elsewhere). A clearly better fit is one that beats the own-track bonus.
 */
export const destinationTuning = {
  firstTrackBonus: 0.3,
  otherPreferredTrackBonus: 0.15,
  ownTrackNextBonus: 0.1,
} as const;

/**
 * The share of the person's rated strength a role uses: the levels it asks for and gets, over
 * every rated level. A role that asks little uses little, so it is not the best fit by default.
 *
 * @example coverage(profile, pmRole) // 0.9
 */
export function coverage(profile: Profile, role: Role, total = ratedTotal(profile)): number {
  if (total <= 0) return 1;
  let used = 0;
  for (const [competency, expected] of Object.entries(role.expectations)) {
    const level = profile.competencies[competency]?.level;
    if (level !== null && level !== undefined) used += Math.min(level, Math.max(0, expected));
  }
  return Math.min(1, used / total);
}

/** The sum of every rated level in a profile: the strength a role could draw on. */
export function ratedTotal(profile: Profile): number {
  let total = 0;
  for (const score of Object.values(profile.competencies)) total += score.level ?? 0;
  return total;
}

/** The bonus for moving onto `track` given the person's preferred tracks, most preferred first. */
export function preferenceBonus(track: TrackId, preferred: readonly TrackId[]): number {
  const position = preferred.indexOf(track);
  if (position === 0) return destinationTuning.firstTrackBonus;
  if (position > 0) return destinationTuning.otherPreferredTrackBonus;
  return 0;
}

/** Whether the own-track bonus applies: no stated preferences, or the own track among them. */
export function ownTrackCounts(ownTrack: TrackId | undefined, preferred: readonly TrackId[]) {
  return ownTrack !== undefined && (preferred.length === 0 || preferred.includes(ownTrack));
}

/** How well a destination fits: the role's fit scaled by the share of the person's strength it uses. */
export function destinationFit(fit: RoleFit | undefined, uses: number): number {
  return (fit?.fit ?? 0) * uses;
}
