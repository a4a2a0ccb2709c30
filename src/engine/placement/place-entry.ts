import type { EntryRoute, Framework, Role } from "../../framework/schema.ts";
import { roleFit } from "../fit/role-fit.ts";
import type { EngineOptions } from "../options.ts";
import { careerGraph } from "../paths/career-graph.ts";
import type { Background, Profile } from "../types.ts";
import { joinWords } from "../words.ts";
import { matchConditions } from "./match-conditions.ts";

/** A recommended entry role, the route that leads there and why. */
export interface EntryRecommendation {
  roleId: string;
  routeId: string;
  reason: string;
}

/** Where a newcomer might enter, with every entry route considered and why it did or did not match. */
export interface EntryPlacement {
  recommended: EntryRecommendation[];
  considered: { routeId: string; matched: boolean; reason: string }[];
  reason: string;
}

interface Candidate {
  route: EntryRoute;
  role: Role;
  because: string[];
  note: string | undefined;
}

function seniority(a: Candidate, b: Candidate): number {
  return (
    b.role.rank - a.role.rank ||
    (a.role.id < b.role.id ? -1 : a.role.id > b.role.id ? 1 : 0) ||
    (a.route.id < b.route.id ? -1 : a.route.id > b.route.id ? 1 : 0)
  );
}

function describeRoute(route: EntryRoute, matched: boolean, met: string[], unmet: string[]) {
  if (matched) {
    const facts = met.length > 0 ? `: ${joinWords(met)}` : " with no conditions";
    return `The ${route.name} route matches${facts}.`;
  }
  return `The ${route.name} route does not match: ${joinWords(unmet)}.`;
}

function candidatesOf(framework: Framework, background: Background) {
  const { roles } = careerGraph(framework);
  const candidates: Candidate[] = [];
  const considered: EntryPlacement["considered"] = [];
  for (const route of framework.entryRoutes) {
    const match = matchConditions(route.when, background);
    considered.push({
      routeId: route.id,
      matched: match.matched,
      reason: describeRoute(route, match.matched, match.met, match.unmet),
    });
    if (!match.matched) continue;
    for (const entry of route.enterAt) {
      const role = roles.get(entry.role);
      const own = matchConditions(entry.when, background);
      if (role && own.matched) {
        const because = [...new Set([...match.met, ...own.met])];
        candidates.push({ route, role, because, note: entry.note });
      }
    }
  }
  return { candidates, considered };
}

function pick(
  framework: Framework,
  candidates: Candidate[],
  profile: Profile | undefined,
  options: Partial<EngineOptions> | undefined,
): { chosen: Candidate[]; fitWords: string } {
  const sorted = [...candidates].sort(seniority);
  const top = sorted[0];
  if (!profile || !top) return { chosen: top ? sorted.filter(sameRank(top)) : [], fitWords: "" };
  for (const candidate of sorted) {
    const fit = roleFit(framework, profile, candidate.role.id, options);
    if (fit.readiness !== "stretch") {
      const words = `your self-ratings are ${fit.readiness} to ${candidate.role.title}`;
      return { chosen: sorted.filter(sameRank(candidate)), fitWords: words };
    }
  }
  const lowest = sorted[sorted.length - 1] as Candidate;
  const higher = [
    ...new Set(sorted.filter((c) => c.role.rank > lowest.role.rank).map((c) => c.role.title)),
  ];
  const words =
    higher.length > 0
      ? `your self-ratings are not yet close to ${joinWords(higher)}`
      : `your self-ratings still have gaps to ${lowest.role.title}`;
  return { chosen: sorted.filter(sameRank(lowest)), fitWords: words };
}

function sameRank(anchor: Candidate) {
  return (candidate: Candidate) => candidate.role.rank === anchor.role.rank;
}

/**
 * Recommends where a newcomer enters, driven by the framework's entry routes: the most senior
 * role whose route and role conditions hold (with self-ratings, the most senior one the profile
 * is at least close to; a profile with no ratings counts as no self-ratings).
 *
 * @example placeEntry(framework, { yearsExperience: 0, yearsInProductAdjacent: 0, domainExpertise: false, startupExperience: false, peopleLeadership: false, newGraduate: true }).recommended[0]?.roleId // "apm"
 */
export function placeEntry(
  framework: Framework,
  background: Background,
  profile?: Profile,
  options?: Partial<EngineOptions>,
): EntryPlacement {
  const { candidates, considered } = candidatesOf(framework, background);
  const rated =
    profile && Object.values(profile.competencies).some((score) => score.level !== null);
  const { chosen, fitWords } = pick(framework, candidates, rated ? profile : undefined, options);
  const seen = new Set<string>();
  const recommended: EntryRecommendation[] = [];
  for (const candidate of chosen) {
    if (seen.has(candidate.role.id)) continue;
    seen.add(candidate.role.id);
    const facts = candidate.because.length > 0 ? ` because of ${joinWords(candidate.because)}` : "";
    const extra = [fitWords, candidate.note?.replace(/[.\s]+$/, "")]
      .filter((part) => part)
      .join("; ");
    recommended.push({
      roleId: candidate.role.id,
      routeId: candidate.route.id,
      reason: `Enter at ${candidate.role.title} through the ${candidate.route.name} route${facts}${extra ? ` (${extra})` : ""}.`,
    });
  }
  const titles = joinWords(
    chosen.map((c) => c.role.title).filter((t, i, all) => all.indexOf(t) === i),
  );
  const reason =
    recommended.length > 0
      ? `Recommended entry: ${titles}, from ${routeCount(considered.filter((c) => c.matched).length)}.`
      : "No entry route matches this background; add the missing facts or ask a product leader to place you.";
  return { recommended, considered, reason };
}

function routeCount(count: number): string {
  return count === 1 ? "1 matching entry route" : `${count} matching entry routes`;
}
