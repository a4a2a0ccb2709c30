import type { Database } from "../../storage/database.ts";
import { cycleParticipantIds, getCycle } from "../../storage/queries/cycles.ts";
import { getMailRecipient } from "../../storage/queries/mail-recipient.ts";
import { getPerson } from "../../storage/queries/people.ts";
import { organisationToday } from "../organisation-today.ts";
import { loadPersonFacts } from "../person-facts.ts";
import type { Actor } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { notFoundRefusal, Refusal, refuseUnless } from "../refusal.ts";
import { cycleDuties, owesSomething } from "./cycle-duties.ts";
import { queueCycleReminderMail } from "./cycle-reminder-mail.ts";

/** What nudging needs. */
export interface NudgeDeps {
  db: Database;
  now: () => Date;
  publicUrl: string;
}

/** What came of a nudge, in words for whoever sent it. */
export interface NudgeResult {
  queued: boolean;
  message: string;
}

/**
 * Sends a person of an open cycle a reminder of what it still asks of them (admins and the
 * person's managers): one mail per person and day on the organisation's calendar, through the
 * outbox, audited. Nudging again the same day, someone with nothing left to do, or someone who
 * turned cycle reminders off queues nothing and says why.
 *
 * @example
 * const { queued, message } = await nudgeParticipant(deps, ben, cycleId, ava.id);
 */
export async function nudgeParticipant(
  deps: NudgeDeps,
  actor: Extract<Actor, { kind: "user" }>,
  cycleId: string,
  personId: string,
): Promise<NudgeResult> {
  const cycle = await getCycle(deps.db, actor.orgId, cycleId);
  if (!cycle) throw notFoundRefusal("cycle", cycleId);
  const { person, facts } = await loadPersonFacts(deps.db, actor, personId);
  refuseUnless(actor, "cycle:nudge", facts);
  if (!(await cycleParticipantIds(deps.db, cycle.id)).includes(person.id)) {
    throw new Refusal("validation", `${person.name} is not in ${cycle.name}.`, [
      {
        path: "personId",
        message: `${person.name} is not one of the people of this cycle.`,
        hint: "Remind someone the cycle's completion lists.",
      },
    ]);
  }
  if (cycle.status !== "open") {
    return { queued: false, message: `${cycle.name} is closed, so there is nothing to remind.` };
  }
  const duties = await cycleDuties(deps.db, cycle, person.id);
  if (!owesSomething(duties)) {
    return { queued: false, message: `${person.name} has nothing left to do in ${cycle.name}.` };
  }
  const recipient = await getMailRecipient(deps.db, actor.orgId, person.id);
  if (!recipient?.email) {
    return { queued: false, message: `${person.name} has no email address in Pathways.` };
  }
  if (recipient.mailOptOuts.includes("cycle-reminder")) {
    return { queued: false, message: `${person.name} turned cycle reminders off.` };
  }
  const today = await organisationToday(deps, actor.orgId);
  const sender = actor.personId ? await getPerson(deps.db, actor.orgId, actor.personId) : null;
  return deps.db.transaction(async (tx) => {
    const queued = await queueCycleReminderMail(tx, {
      orgId: actor.orgId,
      cycle,
      personId: person.id,
      duties,
      occasion: `nudge:${today}`,
      fromName: sender?.name ?? null,
      publicUrl: deps.publicUrl,
    });
    if (!queued) {
      return {
        queued,
        message: `${person.name} was already reminded today; one reminder a day is enough.`,
      };
    }
    await recordAuditEntry(tx, actor, {
      action: "cycle:nudge",
      targetType: "person",
      targetId: person.id,
      detail: { cycleId: cycle.id, cycleName: cycle.name },
    });
    return { queued, message: `${person.name} will get a reminder by email.` };
  });
}
