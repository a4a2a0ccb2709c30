import type { z } from "@hono/zod-openapi";
import type { StoredAssessment } from "../../../storage/queries/assessments.ts";
import type { assessmentSchema } from "./schema.ts";

/** An assessment as the API shows it. */
export function presentAssessment(assessment: StoredAssessment): z.infer<typeof assessmentSchema> {
  return {
    id: assessment.id,
    personId: assessment.personId,
    raterKind: assessment.raterKind,
    raterPersonId: assessment.raterPersonId,
    frameworkVersion: assessment.frameworkVersion,
    status: assessment.status,
    submittedAt: assessment.submittedAt,
    updatedAt: assessment.updatedAt,
    ratings: assessment.ratings.map((rating) => ({
      competency: rating.competency,
      level: rating.level,
      ...(rating.note ? { note: rating.note } : {}),
      ...(rating.evidence && rating.evidence.length > 0 ? { evidence: rating.evidence } : {}),
    })),
  };
}
