import { sql } from "drizzle-orm";
import type { Database } from "../database.ts";

/** An open feedback request addressed to someone about a person in an open cycle with peers. */
export interface CycleFeedbackAsk {
  requestId: string;
  cycleId: string;
  cycleName: string;
  endsOn: string;
  personId: string;
  personName: string;
  competencies: string[];
}

/**
 * The open feedback requests addressed to a person that belong to an open cycle asking for
 * peers: about one of its participants and made since its window opened (on the organisation's
 * calendar). Soonest end first.
 *
 * @example
 * const asks = await cycleFeedbackAsks(db, orgId, dev.id);
 */
export async function cycleFeedbackAsks(
  db: Database,
  orgId: string,
  addresseePersonId: string,
): Promise<CycleFeedbackAsk[]> {
  const result = await db.execute(sql`
    select distinct on (f.id) f.id as "requestId", c.id as "cycleId", c.name as "cycleName",
      c.ends_on::text as "endsOn", p.id as "personId", p.name as "personName",
      f.competencies as "competencies"
    from feedback_requests f
    join cycle_participants cp on cp.person_id = f.person_id
    join cycles c on c.id = cp.cycle_id
    join organisations o on o.id = c.org_id
    join people p on p.id = f.person_id
    where f.org_id = ${orgId} and c.org_id = ${orgId} and f.addressee_person_id = ${addresseePersonId}
      and f.status = 'open' and c.status = 'open' and c.peer_count > 0
      and (f.created_at at time zone o.time_zone)::date >= c.starts_on
    order by f.id, c.ends_on`);
  const rows = (result as unknown as { rows: CycleFeedbackAsk[] }).rows;
  return rows.sort((a, b) => a.endsOn.localeCompare(b.endsOn));
}
