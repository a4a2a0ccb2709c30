import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { reportIds } from "./reporting-lines.ts";

/** One participant of a cycle and what their raters have done inside its window. */
export interface CompletionRow {
  cycleId: string;
  cycleName: string;
  /** The first and last days of the cycle's window (YYYY-MM-DD). */
  startsOn: string;
  endsOn: string;
  /** What the cycle asks for: a self and a manager assessment, and how many peers. */
  selfRated: boolean;
  managerRated: boolean;
  peerCount: number;
  personId: string;
  name: string;
  team: string | null;
  /** The manager the person had when the cycle opened. */
  managerId: string | null;
  managerName: string | null;
  selfDone: boolean;
  managerDone: boolean;
  /** Distinct peers who rated the person inside the window (a peer assessment or an answer). */
  peersDone: number;
  /**
   * Distinct peers asked about the person for this cycle (chosen in it, or asked inside its
   * window) whose request is open or answered.
   */
  peersChosen: number;
  /** Whether the person and their manager recorded what they agreed in this cycle. */
  outcomeRecorded: boolean;
  /** Who chooses the peers in this cycle: the person or their manager. */
  peerChooser: "person" | "manager";
}

/** Which participants to read. */
export interface CompletionScope {
  orgId: string;
  /** One cycle's participants; leave out for every cycle's. */
  cycleId?: string;
  /** Only cycles still open. */
  openOnly?: boolean;
  /** Only this person's rows. */
  personId?: string;
  /** Only people whose manager was this person when the cycle opened. */
  managerAtOpening?: string;
  /** Only people under this manager now, directly or through others. */
  under?: string;
  /** Only people of this team. */
  team?: string;
}

const where = (condition: boolean, fragment: () => SQL) => (condition ? fragment() : sql``);

/**
 * Per participant of a cycle (or of every cycle in scope), soonest end first, then in name order: whether a self and a manager assessment were
 * submitted inside the cycle's window and how many peers rated them there, the window's days
 * read on the organisation's calendar (its time zone).
 *
 * @example
 * const rows = await cycleCompletion(db, { orgId, cycleId, under: ben.id });
 */
export async function cycleCompletion(
  db: Database,
  scope: CompletionScope,
): Promise<CompletionRow[]> {
  const { orgId } = scope;
  const inWindow = (column: string) =>
    sql.raw(`((${column} at time zone o.time_zone)::date between c.starts_on and c.ends_on)`);
  const submitted = (kind: "self" | "manager") => sql`exists (
    select 1 from assessments a
    where a.org_id = c.org_id and a.person_id = cp.person_id and a.rater_kind = ${kind}
      and a.status = 'submitted' and ${inWindow("a.submitted_at")})`;
  const result = await db.execute(sql`
    select c.id as "cycleId", c.name as "cycleName",
      c.starts_on::text as "startsOn", c.ends_on::text as "endsOn",
      c.self_rated as "selfRated", c.manager_rated as "managerRated", c.peer_count as "peerCount",
      cp.person_id as "personId", p.name as "name", p.team as "team",
      cp.manager_id as "managerId", m.name as "managerName",
      ${submitted("self")} as "selfDone",
      ${submitted("manager")} as "managerDone",
      (select count(distinct peer)::int from (
        select a.rater_person_id as peer from assessments a
        where a.org_id = c.org_id and a.person_id = cp.person_id and a.rater_kind = 'peer'
          and a.status = 'submitted' and ${inWindow("a.submitted_at")}
        union
        select f.addressee_person_id from feedback_requests f
        where f.org_id = c.org_id and f.person_id = cp.person_id and f.status = 'answered'
          and ${inWindow("f.responded_at")}
      ) peers) as "peersDone",
      (select count(distinct f.addressee_person_id)::int from feedback_requests f
        where f.org_id = c.org_id and f.person_id = cp.person_id
          and f.status in ('open', 'answered') and f.addressee_person_id <> cp.person_id
          and (f.cycle_id = c.id or (f.cycle_id is null and ${inWindow("f.created_at")}))
      ) as "peersChosen",
      c.peer_chooser as "peerChooser",
      exists (select 1 from alignment_outcomes ao
        where ao.cycle_id = c.id and ao.person_id = cp.person_id) as "outcomeRecorded"
    from cycle_participants cp
    join cycles c on c.id = cp.cycle_id
    join organisations o on o.id = c.org_id
    join people p on p.id = cp.person_id
    left join people m on m.id = cp.manager_id
    where c.org_id = ${orgId}
      ${where(scope.cycleId !== undefined, () => sql`and c.id = ${scope.cycleId}`)}
      ${where(scope.openOnly === true, () => sql`and c.status = 'open'`)}
      ${where(scope.personId !== undefined, () => sql`and cp.person_id = ${scope.personId}`)}
      ${where(scope.managerAtOpening !== undefined, () => sql`and cp.manager_id = ${scope.managerAtOpening}`)}
      ${where(scope.under !== undefined, () => sql`and cp.person_id in ${reportIds(orgId, scope.under ?? "")}`)}
      ${where(scope.team !== undefined, () => sql`and p.team = ${scope.team}`)}
    order by c.ends_on, p.name, p.id`);
  return (result as unknown as { rows: CompletionRow[] }).rows.map((row) => ({
    ...row,
    peerCount: Number(row.peerCount),
    peersDone: Number(row.peersDone),
    peersChosen: Number(row.peersChosen),
  }));
}
