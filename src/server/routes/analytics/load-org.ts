import type { FrameworkLineage } from "../../../engine/profile/framework-lineage.ts";
import type { Database } from "../../../storage/database.ts";
import type { StoredAssessment } from "../../../storage/queries/assessments.ts";
import { listAssessmentsInLineage } from "../../../storage/queries/assessments-in-lineage.ts";
import { listPeople, type StoredPerson } from "../../../storage/queries/people.ts";

// One page large enough for any single organisation this server is meant for.
const everyone = 1_000_000;

/** Every person and every submitted assessment of the framework's lineage, for analytics. */
export async function loadOrg(
  db: Database,
  orgId: string,
  lineage: FrameworkLineage,
): Promise<{ people: StoredPerson[]; assessments: StoredAssessment[] }> {
  const [people, assessments] = await Promise.all([
    listPeople(db, { orgId, limit: everyone }),
    listAssessmentsInLineage(db, lineage, { orgId, status: "submitted", limit: everyone }),
  ]);
  return { people, assessments };
}
