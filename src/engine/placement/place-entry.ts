import type { BackgroundFact, EntryRoute, Framework } from "../../framework/schema.ts";
import type { EngineOptions } from "../options.ts";
import { careerGraph } from "../paths/career-graph.ts";
import type { Background, Profile } from "../types.ts";
import { joinWords } from "../words.ts";
import { describeBackground } from "./describe-background.ts";
import type { EntryCandidate } from "./entry-candidate.ts";
import { type ConditionMatch, matchConditions } from "./match-conditions.ts";
import { optionReason } from "./option-reason.ts";
import { type RatingRefinement, ratingRefinement } from "./rating-refinement.ts";

/** An entry role offered to a newcomer, the route that leads there and why, in plain words. */
export interface EntryRecommendation {
  roleId: string;
  routeId: string;
  reason: string;
}

/** Where a newcomer might enter, with every entry route considered and why it did or did not match. */
export interface EntryPlacement {
  /** The first-ranked option: where to start. */
  recommended: EntryRecommendation[];
  /** Every entry role offered, best first (usually two: the placement and one level below). */
  options: EntryRecommendation[];
  considered: { routeId: string; matched: boolean; reason: string }[];
  reason: string;
}

/** Options come from the two most senior levels the background reaches, and at most this many. */
const mostOptions = 3;

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function describeRoute(route: EntryRoute, match: ConditionMatch, background: Background) {
  if (match.matched) {
    const met = describeBackground(match.metFacts, background);
    const facts = met.length > 0 ? `: ${joinWords(met)}` : " with no conditions";
    return `The ${route.name} route fits${facts}.`;
  }
  return `The ${route.name} route does not fit: ${joinWords(match.unmet)}.`;
}

/** Background a product leader weighs whichever route leads in: said whenever the person has it. */
const countingFacts: readonly BackgroundFact[] = [
  "yearsInProduct",
  "yearsInProductAdjacent",
  "domainExpertise",
  "startupExperience",
  "peopleLeadership",
];

function counting(background: Background): BackgroundFact[] {
  return countingFacts.filter((fact) => {
    const value = background[fact];
    return typeof value === "number" ? value > 0 : value === true;
  });
}

function candidatesOf(framework: Framework, background: Background) {
  const { roles } = careerGraph(framework);
  const best = new Map<string, EntryCandidate>();
  const considered: EntryPlacement["considered"] = [];
  for (const route of framework.entryRoutes) {
    const match = matchConditions(route.when, background);
    considered.push({
      routeId: route.id,
      matched: match.matched,
      reason: describeRoute(route, match, background),
    });
    if (!match.matched) continue;
    for (const entry of route.enterAt) {
      const role = roles.get(entry.role);
      const own = matchConditions(entry.when, background);
      if (!role || !own.matched) continue;
      const facts = [...new Set([...match.metFacts, ...own.metFacts])];
      const held = best.get(role.id);
      // Of two routes to one role, keep the one that rests on more of the person's background.
      const more = held ? facts.length - held.facts.length : 1;
      if (!held || more > 0 || (more === 0 && route.id < held.route.id)) {
        best.set(role.id, { route, role, facts, note: entry.note });
      }
    }
  }
  return { candidates: [...best.values()], considered };
}

/** The roles in the two most senior levels the background reaches, most senior first. */
function offered(candidates: EntryCandidate[]): EntryCandidate[] {
  const sorted = [...candidates].sort((a, b) => b.role.rank - a.role.rank || byId(a.role, b.role));
  const ranks = [...new Set(sorted.map((candidate) => candidate.role.rank))].slice(0, 2);
  return sorted.filter((candidate) => ranks.includes(candidate.role.rank)).slice(0, mostOptions);
}

/**
 * Ranks where a newcomer might enter, driven by the framework's entry routes. The background
 * decides the options: the most senior roles whose route and role conditions hold, and the level
 * below as a gentler start. Self-ratings refine the reasons; they move the first option down a
 * level only when they sit far below what it expects (see `farBelowShortfall`), so honest
 * ratings never override a strong background, and raising a rating never lowers the placement.
 *
 * @example placeEntry(framework, { yearsExperience: 0, yearsInProductAdjacent: 0, domainExpertise: false, startupExperience: false, peopleLeadership: false, newGraduate: true }).recommended[0]?.roleId // "apm"
 */
export function placeEntry(
  framework: Framework,
  background: Background,
  profile?: Profile,
  _options?: Partial<EngineOptions>,
): EntryPlacement {
  const { candidates, considered } = candidatesOf(framework, background);
  const rated =
    profile && Object.values(profile.competencies).some((score) => score.level !== null)
      ? profile
      : undefined;
  let ranked = offered(candidates);
  const refinements = new Map<string, RatingRefinement>();
  if (rated) {
    for (const candidate of ranked) {
      refinements.set(candidate.role.id, ratingRefinement(framework, candidate.role, rated));
    }
  }
  const top = ranked[0];
  const topRefinement = top ? refinements.get(top.role.id) : undefined;
  const movedDown = Boolean(topRefinement?.farBelow && ranked.length > 1 && top);
  if (movedDown && top) ranked = [...ranked.slice(1), top];
  const options = ranked.map((candidate, index) => ({
    roleId: candidate.role.id,
    routeId: candidate.route.id,
    reason: optionReason({
      candidate,
      position: index,
      background: describeBackground([...candidate.facts, ...counting(background)], background),
      refinement: refinements.get(candidate.role.id),
      movedDown: movedDown && candidate === top,
      afterMove: movedDown && index === 0,
      first: ranked[0]?.role.title ?? "",
    }),
  }));
  return {
    recommended: options.slice(0, 1),
    options,
    considered,
    reason: overallReason(ranked, Boolean(rated)),
  };
}

function overallReason(ranked: EntryCandidate[], rated: boolean): string {
  const [first, ...rest] = ranked;
  if (!first) {
    return "No entry route matches this background; add the missing facts or ask a product leader to place you.";
  }
  const others = rest.length > 0 ? `, or ${joinWords(rest.map((c) => c.role.title))}` : "";
  const caveat = rated
    ? " Self-ratings are one view: a manager's and a peer's will sharpen it once you have started."
    : "";
  return `Start as ${first.role.title}${others}.${caveat}`;
}
