import { sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { reportIds } from "./reporting-lines.ts";

/** Who to ask to rate themselves on some competencies, and who asks. */
export interface SelfRatingAsk {
  orgId: string;
  /** Null when no account asks (the command line's local admin). */
  requesterUserId: string | null;
  competencies: readonly string[];
  message: string | null;
  /** Only the people under this manager (directly or not); everyone when null. */
  managerId: string | null;
}

/** The requests made, and the people of the scope who were not asked, counted by why. */
export interface SelfRatingRequests {
  asked: { id: string; personId: string }[];
  /** People with an open request to rate themselves on all of these already. */
  alreadyAsked: number;
  /** People without an account that signs in: they could not answer. */
  withoutAccount: number;
}

interface Row {
  asked: { id: string; personId: string }[] | null;
  already_asked: number;
  without_account: number;
}

/**
 * Asks everyone of an organisation (or under a manager) to rate themselves on competencies, as
 * feedback requests addressed to the person themself, in one statement whatever the size of the
 * organisation. People whose account is deactivated or who have none are not asked; nor is anyone
 * with an open request covering the same competencies, so asking twice asks nobody twice.
 *
 * @example
 * const { asked } = await createSelfRatingRequests(tx, { orgId, requesterUserId, competencies: ["ai-fluency"], message: null, managerId: null });
 */
export async function createSelfRatingRequests(
  db: Database,
  ask: SelfRatingAsk,
): Promise<SelfRatingRequests> {
  const { orgId } = ask;
  const competencies = sql`${sql.param([...ask.competencies])}::text[]`;
  const inScope =
    ask.managerId === null ? sql`` : sql`and p.id in ${reportIds(orgId, ask.managerId)}`;
  const result = await db.execute(sql`
    with scope as (
      select p.id,
        exists (select 1 from users u
          where u.org_id = ${orgId} and u.person_id = p.id and u.deactivated_at is null) as has_account,
        exists (select 1 from feedback_requests f
          where f.org_id = ${orgId} and f.person_id = p.id and f.addressee_person_id = p.id
            and f.status = 'open' and f.competencies @> ${competencies}) as already
      from people p
      where p.org_id = ${orgId} ${inScope}
    ), inserted as (
      insert into feedback_requests
        (org_id, person_id, addressee_person_id, requester_user_id, competencies, message)
      select ${orgId}, s.id, s.id, ${ask.requesterUserId}::uuid, ${competencies}, ${ask.message}
      from scope s where s.has_account and not s.already
      returning id, person_id
    )
    select
      (select json_agg(json_build_object('id', i.id, 'personId', i.person_id)) from inserted i) as asked,
      (select count(*) from scope s where s.has_account and s.already)::int as already_asked,
      (select count(*) from scope s where not s.has_account)::int as without_account`);
  const [row] = (result as unknown as { rows: Row[] }).rows;
  return {
    asked: row?.asked ?? [],
    alreadyAsked: Number(row?.already_asked ?? 0),
    withoutAccount: Number(row?.without_account ?? 0),
  };
}

/**
 * Closes, as answered by a self-assessment just submitted, the person's open requests to rate
 * themselves whose competencies it all rates; answers how many it closed.
 *
 * @example
 * await answerSelfRatingRequests(tx, { orgId, personId, assessmentId, rated: ["execution"] });
 */
export async function answerSelfRatingRequests(
  db: Database,
  input: { orgId: string; personId: string; assessmentId: string; rated: readonly string[] },
): Promise<number> {
  const result = await db.execute(sql`
    update feedback_requests
    set status = 'answered', assessment_id = ${input.assessmentId}, responded_at = now()
    where org_id = ${input.orgId} and person_id = ${input.personId}
      and addressee_person_id = ${input.personId} and status = 'open'
      and competencies <@ ${sql.param([...input.rated])}::text[]
    returning id`);
  return (result as unknown as { rows: unknown[] }).rows.length;
}
