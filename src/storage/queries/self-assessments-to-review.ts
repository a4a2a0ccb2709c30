import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { reportIds } from "./reporting-lines.ts";

/** A person whose latest self-assessment no manager has answered with their own view since. */
export interface SelfAssessmentToReview {
  personId: string;
  name: string;
  /** The day it was submitted, on the organisation's calendar (YYYY-MM-DD). */
  submittedOn: string;
}

/** Whose self-assessments to look at: a manager's direct reports, everyone under them, or all. */
export type ReviewScope =
  | { orgId: string; managerId: string; depth: "direct" | "all" }
  | { orgId: string };

function peopleIn(scope: ReviewScope): SQL {
  if (!("managerId" in scope)) return sql``;
  return scope.depth === "direct"
    ? sql`and p.manager_id = ${scope.managerId}`
    : sql`and p.id in ${reportIds(scope.orgId, scope.managerId)}`;
}

interface Row {
  person_id: string;
  name: string;
  submitted_on: string;
}

/**
 * The people of a scope whose latest submitted self-assessment has no submitted manager
 * assessment after it, oldest first: a manager's view is what turns it into a conversation.
 *
 * @example
 * const waiting = await selfAssessmentsToReview(db, { orgId, managerId: ben.id, depth: "direct" });
 */
export async function selfAssessmentsToReview(
  db: Database,
  scope: ReviewScope,
): Promise<SelfAssessmentToReview[]> {
  const { orgId } = scope;
  const result = await db.execute(sql`
    select p.id as person_id, p.name,
      to_char(s.submitted_at at time zone o.time_zone, 'YYYY-MM-DD') as submitted_on
    from people p
    join organisations o on o.id = p.org_id
    join lateral (
      select max(a.submitted_at) as submitted_at from assessments a
      where a.org_id = ${orgId} and a.person_id = p.id
        and a.rater_kind = 'self' and a.status = 'submitted'
    ) s on s.submitted_at is not null
    where p.org_id = ${orgId} ${peopleIn(scope)}
      and not exists (
        select 1 from assessments m
        where m.org_id = ${orgId} and m.person_id = p.id and m.rater_kind = 'manager'
          and m.status = 'submitted' and m.submitted_at >= s.submitted_at
      )
    order by s.submitted_at, p.name`);
  return (result as unknown as { rows: Row[] }).rows.map((row) => ({
    personId: row.person_id,
    name: row.name,
    submittedOn: row.submitted_on,
  }));
}
