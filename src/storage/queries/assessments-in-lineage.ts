import { carryAssessments } from "../../engine/profile/carry-assessments.ts";
import type { FrameworkLineage } from "../../engine/profile/framework-lineage.ts";
import type { Database } from "../database.ts";
import { listAssessments, type StoredAssessment } from "./assessments.ts";

/** The stored version ids of a lineage, or undefined when a step is not stored (the default). */
export function lineageVersionIds(lineage: FrameworkLineage): string[] | undefined {
  const ids = lineage.steps.map((step) => step.versionId);
  return ids.every((id): id is string => id !== null) ? ids : undefined;
}

/**
 * Assessments as the published framework reads them: only those made against a version of its
 * lineage (filtered in SQL when every version is stored), each carried onto the published
 * version through the migration mappings. Every read of ratings for a profile, an analysis or
 * an export goes through here, so no rating of another framework is ever counted.
 *
 * @example
 * const assessments = await listAssessmentsInLineage(db, lineage, { orgId, status: "submitted" });
 */
export async function listAssessmentsInLineage(
  db: Database,
  lineage: FrameworkLineage,
  options: Omit<Parameters<typeof listAssessments>[1], "frameworkVersionIds">,
): Promise<StoredAssessment[]> {
  const frameworkVersionIds = lineageVersionIds(lineage);
  const stored = await listAssessments(db, {
    ...options,
    ...(frameworkVersionIds ? { frameworkVersionIds } : {}),
  });
  return carryAssessments(lineage, stored).assessments;
}
