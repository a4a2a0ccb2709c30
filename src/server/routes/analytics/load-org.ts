import type { Database } from "../../../storage/database.ts";
import type { StoredAssessment } from "../../../storage/queries/assessments.ts";
import { listAssessments } from "../../../storage/queries/assessments.ts";
import { listPeople, type StoredPerson } from "../../../storage/queries/people.ts";

// One page large enough for any single organisation this server is meant for.
const everyone = 1_000_000;

/** Every person and every submitted assessment of an organisation, for analytics. */
export async function loadOrg(
  db: Database,
  orgId: string,
): Promise<{ people: StoredPerson[]; assessments: StoredAssessment[] }> {
  const [people, assessments] = await Promise.all([
    listPeople(db, { orgId, limit: everyone }),
    listAssessments(db, { orgId, status: "submitted", limit: everyone }),
  ]);
  return { people, assessments };
}
