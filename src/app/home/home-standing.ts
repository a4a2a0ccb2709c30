import { roleFits } from "../../engine/fit/role-fits.ts";
import type { ConfidenceLevel, Gap, Readiness } from "../../engine/types.ts";
import { formatLevel, shortfallWords } from "../../engine/words.ts";
import type { Framework } from "../../framework/schema.ts";
import type { StoredPerson } from "../../storage/queries/people.ts";
import type { ProfileRead } from "../profile-read-schema.ts";

/** One of the gaps that matter most for the next step, with how sure the picture of it is. */
export interface HomeGap {
  competency: string;
  name: string;
  mandatory: boolean;
  /** How far short, in words: "one level", "half a level". */
  shortfall: string;
  /** How certain the current level is; null when nobody rated it yet. */
  confidence: ConfidenceLevel | null;
  /** The gap in a sentence a PM can act on. */
  sentence: string;
}

/** Where a person stands, told verdict first: their role, their next step and what stands between. */
export interface HomeStanding {
  currentRole: { roleId: string; title: string } | null;
  /** The role they are working towards (src/engine/fit/next-role.ts), with their readiness for it. */
  next: {
    roleId: string;
    title: string;
    /** Why this is the next role. */
    reason: string;
    readiness: Readiness;
    /** The readiness verdict in a sentence. */
    verdict: string;
    lowConfidence: boolean;
  } | null;
  /** At most three gaps for the next role: mandatory ones first, then the largest. */
  gaps: HomeGap[];
  /** How certain the whole picture is, in a sentence. */
  confidence: string;
  selfOnly: boolean;
}

/** How many gaps Home names: enough to act on, few enough to remember. */
export const homeGapCount = 3;

function byWeight(a: Gap, b: Gap): number {
  if (a.mandatory !== b.mandatory) return a.mandatory ? -1 : 1;
  return b.shortfall * b.weight - a.shortfall * a.weight;
}

function gapSentence(name: string, gap: Gap, confidence: ConfidenceLevel | null): string {
  if (gap.actual === null) {
    return `${name}: not rated yet, so nobody knows the gap; a self-assessment or a colleague's view will tell.`;
  }
  return `${name}: ${shortfallWords(gap.shortfall)} to grow (level ${formatLevel(gap.actual)} of ${formatLevel(gap.expected)} expected), ${confidence ?? "low"} confidence.`;
}

/**
 * A person's standing as Home tells it, from the profile readProfile gave: their role, their
 * readiness for the next role with its reason, the top three gaps and how certain it all is.
 *
 * @example
 * const standing = homeStanding(framework, person, profile);
 * standing.next?.verdict // "Close: …"
 */
export function homeStanding(
  framework: Framework,
  person: Pick<StoredPerson, "roleId">,
  profile: ProfileRead,
): HomeStanding {
  const title = (roleId: string) =>
    framework.roles.find((role) => role.id === roleId)?.title ?? roleId;
  const names = new Map(framework.competencies.map((c) => [c.id, c.name]));
  const held = person.roleId && framework.roles.some((role) => role.id === person.roleId);
  const target = profile.nextRole;
  const fit = target
    ? roleFits(framework, profile, {}, person.roleId).find((f) => f.roleId === target.roleId)
    : undefined;
  const gaps = [...(fit?.gaps ?? [])]
    .sort(byWeight)
    .slice(0, homeGapCount)
    .map((gap): HomeGap => {
      const name = names.get(gap.competency) ?? gap.competency;
      const score = profile.competencies[gap.competency];
      const confidence = score && score.level !== null ? score.confidenceLevel : null;
      return {
        competency: gap.competency,
        name,
        mandatory: gap.mandatory,
        shortfall: shortfallWords(gap.shortfall),
        confidence,
        sentence: gapSentence(name, gap, confidence),
      };
    });
  return {
    currentRole:
      held && person.roleId ? { roleId: person.roleId, title: title(person.roleId) } : null,
    next:
      target && fit
        ? {
            roleId: target.roleId,
            title: title(target.roleId),
            reason: target.reason,
            readiness: fit.readiness,
            verdict: fit.reason,
            lowConfidence: fit.lowConfidence === true,
          }
        : null,
    gaps,
    confidence: profile.reason,
    selfOnly: profile.selfOnly,
  };
}
