import type { FrameworkLineage } from "../../engine/profile/framework-lineage.ts";
import type { Database } from "../database.ts";
import type { StoredAssessment } from "./assessments.ts";
import { listAssessmentsInLineage } from "./assessments-in-lineage.ts";
import type { StoredPerson } from "./person-row.ts";
import { reportsUnder } from "./reporting-lines.ts";

// One page large enough for any single team this server is meant for.
const everyone = 1_000_000;

/**
 * A manager's team for analytics: everyone under them (directly or through others), in name
 * order, and the team's submitted assessments of the framework's lineage, newest first.
 *
 * @example
 * const team = await teamRecords(db, orgId, dana.id, lineage);
 * teamAnalytics(framework, { ...team, managerId: dana.id });
 */
export async function teamRecords(
  db: Database,
  orgId: string,
  managerId: string,
  lineage: FrameworkLineage,
): Promise<{ people: StoredPerson[]; assessments: StoredAssessment[] }> {
  const people = await reportsUnder(db, orgId, managerId);
  const assessments =
    people.length === 0
      ? []
      : await listAssessmentsInLineage(db, lineage, {
          orgId,
          personIds: people.map((person) => person.id),
          status: "submitted",
          limit: everyone,
        });
  return { people, assessments };
}
