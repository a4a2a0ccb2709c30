import { joinWords } from "../../engine/words.ts";
import type { Database } from "../../storage/database.ts";
import { queuePersonMail } from "../mail/queue-person-mail.ts";
import type { CycleDuties } from "./cycle-duties.ts";

const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** A reminder of what an open cycle still asks of one person. */
export interface CycleReminder {
  orgId: string;
  cycle: { id: string; name: string; endsOn: string };
  personId: string;
  duties: CycleDuties;
  /** Names the occasion, e.g. `nudge:2027-01-20` or `7-days`: once per occasion and person. */
  occasion: string;
  /** Who sent the reminder, when a person did (a nudge). */
  fromName: string | null;
  publicUrl: string;
}

function dutyWords(duties: CycleDuties): string[] {
  const lines: string[] = [];
  if (duties.selfAssessment) {
    lines.push(
      "Your self-assessment is still open: a few minutes per competency, with an example where you have one.",
    );
  }
  const names = duties.reports.map((report) => report.name);
  if (names.length > 0) {
    lines.push(`Your assessment of ${joinWords(names)} is still open.`);
  }
  return lines;
}

/**
 * Queues a reminder of an open cycle to one person, in the caller's transaction, unless they
 * turned cycle reminders off or have no address; the same occasion never mails twice. Answers
 * whether a mail was queued.
 *
 * @example
 * await queueCycleReminderMail(tx, { orgId, cycle, personId, duties, occasion: "2-days", fromName: null, publicUrl });
 */
export async function queueCycleReminderMail(
  db: Database,
  reminder: CycleReminder,
): Promise<boolean> {
  const { cycle, duties } = reminder;
  const by = longDate.format(new Date(`${cycle.endsOn}T00:00:00Z`));
  return queuePersonMail(db, {
    orgId: reminder.orgId,
    kind: "cycle-reminder",
    toPersonId: reminder.personId,
    idempotencyKey: `cycle-reminder:${cycle.id}:${reminder.personId}:${reminder.occasion}`,
    subject: `${cycle.name}: a reminder before ${by}`,
    content: () => ({
      paragraphs: [
        reminder.fromName
          ? `${reminder.fromName} sent you a reminder about ${cycle.name}, which runs until ${by}.`
          : `${cycle.name} runs until ${by}.`,
        ...dutyWords(duties),
      ],
      action: duties.selfAssessment
        ? { label: "Assess yourself", url: `${reminder.publicUrl}/assess` }
        : { label: "Open your team", url: `${reminder.publicUrl}/team` },
    }),
  });
}
