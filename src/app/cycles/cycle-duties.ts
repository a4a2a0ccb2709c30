import type { Database } from "../../storage/database.ts";
import { type CompletionRow, cycleCompletion } from "../../storage/queries/cycle-completion.ts";
import type { StoredCycle } from "../../storage/queries/cycles.ts";
import { participantCompletion } from "./participant-completion.ts";

/** What a cycle still asks of one person: their self-assessment, and reports to assess. */
export interface CycleDuties {
  selfAssessment: boolean;
  /** The people whose manager assessment this person owes (they managed them at opening). */
  reports: { personId: string; name: string }[];
}

/** Whether a person has anything left to do in a cycle. */
export function owesSomething(duties: CycleDuties): boolean {
  return duties.selfAssessment || duties.reports.length > 0;
}

/**
 * Everyone's duties in a cycle from its completion rows: participants whose self-assessment is
 * to do, and managers (as at opening) whose assessment of a report is to do. Only people who owe
 * something are listed.
 *
 * @example
 * dutiesByPerson(rows).get(ben.id)?.reports;
 */
export function dutiesByPerson(rows: readonly CompletionRow[]): Map<string, CycleDuties> {
  const duties = new Map<string, CycleDuties>();
  const of = (personId: string) => {
    const found = duties.get(personId) ?? { selfAssessment: false, reports: [] };
    duties.set(personId, found);
    return found;
  };
  for (const row of rows) {
    const completion = participantCompletion(row);
    if (completion.self === "to-do") of(row.personId).selfAssessment = true;
    if (completion.manager === "to-do" && row.managerId !== null) {
      of(row.managerId).reports.push({ personId: row.personId, name: row.name });
    }
  }
  return duties;
}

/**
 * What a cycle still asks of one person: their own self-assessment when it is to do, and the
 * manager assessments of the people they managed when it opened that are still to do.
 *
 * @example
 * const duties = await cycleDuties(db, cycle, ben.id);
 * duties.reports.map((report) => report.name); // ["Ava Stone"]
 */
export async function cycleDuties(
  db: Database,
  cycle: StoredCycle,
  personId: string,
): Promise<CycleDuties> {
  const scope = { orgId: cycle.orgId, cycleId: cycle.id };
  const rows = [
    ...(await cycleCompletion(db, { ...scope, personId })),
    ...(cycle.managerRated
      ? await cycleCompletion(db, { ...scope, managerAtOpening: personId })
      : []),
  ];
  return dutiesByPerson(rows).get(personId) ?? { selfAssessment: false, reports: [] };
}
