import type { Framework, Role } from "../../framework/schema.ts";
import type { Profile } from "../types.ts";

/**
 * Self-ratings this many levels below a role's expectations, on average over the competencies
 * rated, are "far below" it: only then do ratings move a newcomer below where their background
 * places them. Anything less refines the reasons, since self-ratings alone are uncertain.
 */
export const farBelowShortfall = 1.5;

/** What a newcomer's self-ratings say about one entry role. */
export interface RatingRefinement {
  /** Competencies the role expects that were rated. */
  rated: number;
  /** Mean shortfall in levels over the rated competencies (0 when at or above everywhere). */
  meanShortfall: number;
  farBelow: boolean;
  /** Names of the strongest competencies that already meet the role, strongest first. */
  carriesOver: string[];
  /** Names of the competencies furthest below the role, furthest first. */
  toBuild: string[];
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/**
 * Compares self-ratings with one role's expectations; unrated competencies are left out, as
 * unknowns rather than zeros.
 *
 * @example ratingRefinement(framework, pm, profile).farBelow // false
 */
export function ratingRefinement(
  framework: Framework,
  role: Role,
  profile: Profile,
): RatingRefinement {
  const names = new Map(framework.competencies.map((c) => [c.id, lowerFirst(c.name)]));
  const above: { id: string; margin: number; level: number }[] = [];
  const below: { id: string; shortfall: number }[] = [];
  let rated = 0;
  let total = 0;
  for (const [id, expected] of Object.entries(role.expectations)) {
    const level = profile.competencies[id]?.level;
    if (level === null || level === undefined) continue;
    rated += 1;
    const shortfall = Math.max(0, expected - level);
    total += shortfall;
    if (shortfall > 0) below.push({ id, shortfall });
    else if (level >= 3) above.push({ id, margin: level - expected, level });
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  above.sort((a, b) => b.margin - a.margin || b.level - a.level || byId(a, b));
  below.sort((a, b) => b.shortfall - a.shortfall || byId(a, b));
  const meanShortfall = rated > 0 ? total / rated : 0;
  return {
    rated,
    meanShortfall,
    farBelow: rated > 0 && meanShortfall >= farBelowShortfall,
    carriesOver: above.slice(0, 2).map((item) => names.get(item.id) ?? item.id),
    toBuild: below.slice(0, 3).map((item) => names.get(item.id) ?? item.id),
  };
}
