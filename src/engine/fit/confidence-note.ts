import type { Framework } from "../../framework/schema.ts";
import { competencyLabel } from "../framework-index.ts";
import type { CompetencyScore, Profile } from "../types.ts";
import { formatLevel, joinWords } from "../words.ts";

/** Raters this far apart on a competency make a verdict that rests on it uncertain. */
export const fitDisagreement = 1;

const tolerance = 1e-9;

/** The competencies among `expected` on which the person's raters are a level or more apart. */
export function disputedCompetencies(profile: Profile, expected: readonly string[]): string[] {
  const disputed: string[] = [];
  for (const competency of expected) {
    const score = profile.competencies[competency];
    if (
      score &&
      score.level !== null &&
      score.raters > 1 &&
      score.spread >= fitDisagreement - tolerance
    )
      disputed.push(competency);
  }
  return disputed;
}

function views(score: CompetencyScore | undefined): string {
  const parts: string[] = [];
  const { self, manager, peer } = score?.byRater ?? {};
  if (self !== undefined) parts.push(`self ${formatLevel(self)}`);
  if (manager !== undefined) parts.push(`manager ${formatLevel(manager)}`);
  if (peer !== undefined) parts.push(`peers ${formatLevel(peer)}`);
  return parts.join(", ");
}

/**
 * The sentence that says a verdict is uncertain, or "" when it is not: it rests on a
 * self-assessment alone, or raters are a level or more apart on competencies it depends on (each
 * named with every rater's view).
 *
 * @example confidenceNote(framework, profile, ["strategy"], false)
 * // " Confidence is low: raters are a level or more apart on product strategy (self 4, manager 2.5)."
 */
export function confidenceNote(
  framework: Framework,
  profile: Profile,
  disputed: readonly string[],
  selfOnly: boolean,
): string {
  if (selfOnly)
    return " This rests on a self-assessment alone, so confidence is low; ratings from the manager and a peer would confirm it.";
  if (disputed.length === 0) return "";
  const named = disputed.map(
    (id) => `${competencyLabel(framework, id)} (${views(profile.competencies[id])})`,
  );
  return ` Confidence is low: raters are a level or more apart on ${joinWords(named)}; a conversation between them would settle it.`;
}
