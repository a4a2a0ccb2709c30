import type { Rating } from "../../engine/types.ts";
import type { Database } from "../../storage/database.ts";
import {
  createAssessment,
  type StoredAssessment,
  submitAssessment,
} from "../../storage/queries/assessments.ts";

/**
 * Saves ratings as a person's submitted self-assessment, pinned to a framework version, in one
 * transaction: either the submitted assessment exists afterwards or nothing does.
 *
 * @example
 * await saveSelfAssessment(db, { orgId, personId, frameworkVersionId, ratings });
 */
export async function saveSelfAssessment(
  db: Database,
  input: { orgId: string; personId: string; frameworkVersionId: string; ratings: Rating[] },
): Promise<StoredAssessment> {
  return db.transaction(async (tx) => {
    const draft = await createAssessment(tx, {
      orgId: input.orgId,
      personId: input.personId,
      raterKind: "self",
      raterPersonId: input.personId,
      frameworkVersionId: input.frameworkVersionId,
      ratings: input.ratings,
    });
    const submitted = await submitAssessment(tx, { orgId: input.orgId, id: draft.id });
    if (!submitted) throw new Error("The new self-assessment could not be submitted.");
    return submitted;
  });
}
