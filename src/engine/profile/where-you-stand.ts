import type { Framework, Role, TrackId } from "../../framework/schema.ts";
import { competencyLabel, frameworkIndex, labelOf } from "../framework-index.ts";
import type { Profile, RoleFit } from "../types.ts";
import { capitalise, countWord, formatLevel, joinWords, listSome } from "../words.ts";

/** A track, the highest role on it the profile is ready for, and the role after that. */
export interface TrackStanding {
  track: TrackId;
  highestReady: { roleId: string; reason: string } | null;
  next: string | null;
}

/** A competency and the management-ladder role whose expectation its level meets. */
export interface CompetencyStanding {
  competency: string;
  level: number | null;
  matchesRole: string | null;
  reason: string;
}

/** Where a profile stands: per track and per competency, with a summary of its shape. */
export interface Standing {
  tracks: TrackStanding[];
  competencies: CompetencyStanding[];
  summary: string;
}

const tolerance = 1e-9;

function trackStandings(
  framework: Framework,
  fits: readonly RoleFit[],
  current: Role | undefined,
): TrackStanding[] {
  const ready = new Map<string, RoleFit>();
  for (const fit of fits) if (fit.readiness === "ready") ready.set(fit.roleId, fit);
  const byTrack = frameworkIndex(framework).rolesByTrack;
  return framework.tracks.map(({ id }) => {
    const ladder = byTrack.get(id) ?? [];
    let highest = -1;
    ladder.forEach((role, position) => {
      if (ready.has(role.id)) highest = position;
    });
    const top = ladder[highest];
    const fit = top === undefined ? undefined : ready.get(top.id);
    // On the person's own track the next role lies beyond the one they hold, never below it.
    const floor = current?.track === id ? current : top;
    const from = top !== undefined && floor !== undefined && top.rank > floor.rank ? top : floor;
    const above = from === undefined ? ladder[0] : ladder.find((role) => role.rank > from.rank);
    return {
      track: id,
      highestReady: top && fit ? { roleId: top.id, reason: fit.reason } : null,
      next: above?.id ?? null,
    };
  });
}

/** Among roles expecting the same level, the one nearest the person's highest ready rank. */
function nearest(roles: readonly Role[], anchorRank: number): Role | undefined {
  let best: Role | undefined;
  for (const role of roles) {
    if (best === undefined || Math.abs(role.rank - anchorRank) < Math.abs(best.rank - anchorRank)) {
      best = role;
    }
  }
  return best;
}

function competencyStandings(
  framework: Framework,
  profile: Profile,
  anchorRank: number,
): CompetencyStanding[] {
  const ladder = frameworkIndex(framework).rolesByTrack.get("management") ?? [];
  return framework.competencies.map((competency) => {
    const id = competency.id;
    const level = profile.competencies[id]?.level ?? null;
    if (level === null) {
      const reason = `${competency.name} is not rated yet, so it matches no role level.`;
      return { competency: id, level, matchesRole: null, reason };
    }
    const expecting = ladder.filter((role) => role.expectations[id] !== undefined);
    const expectationOf = (role: Role) => role.expectations[id] ?? 0;
    const met = expecting.filter((role) => level + tolerance >= expectationOf(role));
    const top = Math.max(...met.map(expectationOf));
    // Expectations often plateau (several roles ask for 3); name the plateau role nearest the person.
    const role = nearest(
      met.filter((candidate) => expectationOf(candidate) === top),
      anchorRank,
    );
    const next = expecting.find(
      (candidate) =>
        candidate.rank > (role?.rank ?? 0) && expectationOf(candidate) > level + tolerance,
    );
    const shown = `${competency.name} at ${formatLevel(level)}`;
    if (role === undefined) {
      const reason = next
        ? `${shown} is still growing towards what ${next.title} expects (${formatLevel(expectationOf(next))}).`
        : `${shown}: no role on the management ladder sets an expectation for it.`;
      return { competency: id, level, matchesRole: null, reason };
    }
    const nextNote = next ? `; ${next.title} expects ${formatLevel(expectationOf(next))}` : "";
    return {
      competency: id,
      level,
      matchesRole: role.id,
      reason: `${shown} meets what ${role.title} expects (${formatLevel(top)})${nextNote}.`,
    };
  });
}

// The group of competencies below what the person's own role expects: the ones to address first.
const belowOwnRole = "\u0000below";

function shapeOf(
  framework: Framework,
  standings: readonly CompetencyStanding[],
  current: Role | undefined,
): string {
  const titles = new Map(framework.roles.map((role) => [role.id, role.title]));
  const groups = new Map<string | null, string[]>();
  const ladder = frameworkIndex(framework).rolesByTrack.get("management") ?? [];
  for (const role of [...ladder].reverse()) groups.set(role.id, []);
  groups.set(null, []);
  groups.set(belowOwnRole, []);
  for (const standing of standings) {
    if (standing.level === null) continue;
    const expected = current?.expectations[standing.competency];
    const below = expected !== undefined && standing.level + tolerance < expected;
    groups
      .get(below ? belowOwnRole : standing.matchesRole)
      ?.push(competencyLabel(framework, standing.competency));
  }
  const filled = [...groups].filter(([, names]) => names.length > 0);
  if (filled.length === 0) return "Nothing is rated yet, so no shape shows.";
  const where = (roleId: string | null) =>
    roleId === belowOwnRole
      ? `below what your role, ${current?.title}, expects`
      : roleId === null
        ? "still growing towards the first management level"
        : `at ${titles.get(roleId)} level`;
  if (filled.length === 1) {
    const [roleId, names] = filled[0] as [string | null, string[]];
    return `An even profile: ${joinWords(names)} ${where(roleId)}.`;
  }
  // A long majority group reads better as "the other 9": the exceptions are the news.
  let largest = 0;
  filled.forEach(([, names], position) => {
    if (names.length > (filled[largest]?.[1].length ?? 0)) largest = position;
  });
  const phrases = filled
    .filter((_, position) => position !== largest || (filled[largest]?.[1].length ?? 0) <= 3)
    .map(([roleId, names]) => `${joinWords(names)} ${where(roleId)}`);
  const [majorityRole, majority] = filled[largest] as [string | null, string[]];
  if (majority.length > 3)
    phrases.push(`the other ${countWord(majority.length)} competencies ${where(majorityRole)}`);
  return `An uneven profile: ${phrases.join(", ")}.`;
}

/**
 * Where a profile stands: per track the highest role it is ready for and the next one, and per
 * competency the management-ladder role level it matches (the highest expectation the level meets;
 * when several roles expect that same level, the one nearest the person's highest ready role), so
 * an uneven shape is named as such; given the person's current role, what falls below it is
 * named as that.
 *
 * @example whereYouStand(framework, profile, roleFits(framework, profile)).summary
 * // "An uneven profile: product strategy at Senior Product Manager level, execution at Product Manager level. ..."
 */
export function whereYouStand(
  framework: Framework,
  profile: Profile,
  fits: readonly RoleFit[],
  currentRoleId: string | null = null,
): Standing {
  const current = framework.roles.find((role) => role.id === currentRoleId);
  const tracks = trackStandings(framework, fits, current);
  const ladder = frameworkIndex(framework).rolesByTrack.get("management") ?? [];
  const readyId = tracks.find((standing) => standing.track === "management")?.highestReady?.roleId;
  // Plateaus are named after the role the person holds, else the highest one they are ready for.
  const anchor =
    ladder.find((role) => role.id === currentRoleId) ??
    ladder.find((role) => role.id === readyId) ??
    ladder[0];
  const competencies = competencyStandings(framework, profile, anchor?.rank ?? 1);
  const titles = new Map(framework.roles.map((role) => [role.id, role.title]));
  const trackNames = new Map(framework.tracks.map((track) => [track.id, labelOf(track.name)]));
  const ready = tracks
    .filter((standing) => standing.highestReady !== null)
    .map(
      (standing) =>
        `${titles.get(standing.highestReady?.roleId ?? "")} (${trackNames.get(standing.track)})`,
    );
  const unrated = competencies.filter((standing) => standing.level === null);
  const tail: string[] = [
    ready.length > 0 ? `Ready for ${joinWords(ready)}` : "No role has every expectation met yet",
  ];
  if (unrated.length > 0) {
    const names = unrated.map((standing) => competencyLabel(framework, standing.competency));
    tail.push(`${listSome(names)} ${names.length === 1 ? "is" : "are"} not rated yet`);
  }
  const summary = `${shapeOf(framework, competencies, current)} ${capitalise(tail.join("; "))}.`;
  return { tracks, competencies, summary };
}
