import { carryAssessments } from "../engine/profile/carry-assessments.ts";
import { latestSubmitted } from "../engine/profile/latest-submitted.ts";
import type { Rating } from "../engine/types.ts";
import type { Database } from "../storage/database.ts";
import { lineageVersionIds } from "../storage/queries/assessments-in-lineage.ts";
import { loadProfileSources } from "../storage/queries/profile-sources.ts";
import type { FrameworkInUse } from "./framework-source.ts";

/**
 * What a person's answer to a request to rate themselves is stored as: their latest submitted
 * self-assessment, read on the published version, with the competencies just rated put in. A
 * profile reads each rater's latest assessment, so storing the few new ratings alone would hide
 * every earlier self-rating; carried this way, only the competencies asked change.
 *
 * @example
 * const ratings = await selfRatingsWithLatest(db, orgId, personId, inUse, [{ competency: "ai", level: 3 }]);
 */
export async function selfRatingsWithLatest(
  db: Database,
  orgId: string,
  personId: string,
  inUse: Pick<FrameworkInUse, "lineage">,
  answered: readonly Rating[],
): Promise<Rating[]> {
  const frameworkVersionIds = lineageVersionIds(inUse.lineage);
  const sources = await loadProfileSources(db, {
    orgId,
    personId,
    evidenceLimit: 0,
    ...(frameworkVersionIds ? { frameworkVersionIds } : {}),
  });
  const carried = carryAssessments(inUse.lineage, sources?.assessments ?? []).assessments;
  const own = latestSubmitted(personId, carried).find(
    (assessment) => assessment.raterKind === "self" && assessment.raterId === personId,
  );
  const asked = new Set(answered.map((rating) => rating.competency));
  const kept = (own?.ratings ?? []).filter((rating) => !asked.has(rating.competency));
  return [...kept, ...answered];
}
