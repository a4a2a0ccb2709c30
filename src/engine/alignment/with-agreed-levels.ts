import type { CompetencyScore, Profile } from "../types.ts";

function agreedScore(competency: string, level: number, before?: CompetencyScore): CompetencyScore {
  return {
    competency,
    level,
    byRater: before?.byRater ?? {},
    raters: before?.raters ?? 0,
    spread: before?.spread ?? 0,
    confidence: 1,
    confidenceLevel: "high",
    lowConfidence: false,
    selfVsManager: before?.selfVsManager ?? null,
    evidenceCount: before?.evidenceCount ?? 0,
    reason: `Level ${level}, as agreed with the manager in the alignment conversation.`,
  };
}

/**
 * A profile that starts from what a person and their manager agreed: each agreed level replaces
 * the aggregated one (and is sure, since both agreed it); other competencies are unchanged.
 *
 * @example
 * withAgreedLevels(profile, { strategy: 3 }).competencies.strategy?.level; // 3
 */
export function withAgreedLevels(
  profile: Profile,
  agreed: Readonly<Record<string, number>>,
): Profile {
  const entries = Object.entries(agreed);
  if (entries.length === 0) return profile;
  const competencies = { ...profile.competencies };
  for (const [competency, level] of entries) {
    competencies[competency] = agreedScore(competency, level, competencies[competency]);
  }
  const notAssessedYet = profile.notAssessedYet?.filter((id) => agreed[id] === undefined);
  return {
    ...profile,
    competencies,
    ...(notAssessedYet ? { notAssessedYet } : {}),
  };
}
