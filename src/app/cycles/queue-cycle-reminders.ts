import { dayInTimeZone } from "../../engine/calendar/day-in-time-zone.ts";
import type { Database } from "../../storage/database.ts";
import { cycleCompletion } from "../../storage/queries/cycle-completion.ts";
import { listOpenCycles } from "../../storage/queries/cycles.ts";
import { dutiesByPerson } from "./cycle-duties.ts";
import { queueCycleReminderMail } from "./cycle-reminder-mail.ts";

/** Days before a cycle's last day on which people who still owe something are reminded. */
export const reminderDays = [7, 2] as const;

const dayMs = 86_400_000;

/**
 * Which reminder is due on `today` for a window ending on `endsOn`: the nearest of
 * {@link reminderDays} that has come, while the window is still open; null otherwise.
 *
 * @example
 * cycleReminderOccasion("2027-01-30", "2027-02-05"); // "7-days"
 */
export function cycleReminderOccasion(today: string, endsOn: string): string | null {
  const left = (Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / dayMs;
  if (left < 0) return null;
  const due = [...reminderDays].sort((a, b) => a - b).find((days) => left <= days);
  return due === undefined ? null : `${due}-days`;
}

/**
 * Queues reminders of every open cycle whose window closes soon (7 and 2 days before its last
 * day, on its organisation's calendar): to each person whose self-assessment is still to do and
 * each manager with a report's assessment to do. Once per occasion and person (the idempotency
 * key), so running it again queues nothing new; people who turned cycle reminders off get none.
 * The outbox worker runs it now and then. Answers how many reminders were queued.
 *
 * @example
 * await queueCycleReminders({ db, now: new Date(), publicUrl: "https://pathways.example.com" });
 */
export async function queueCycleReminders(input: {
  db: Database;
  now: Date;
  publicUrl: string;
}): Promise<number> {
  let queued = 0;
  for (const cycle of await listOpenCycles(input.db)) {
    const today = dayInTimeZone(input.now, cycle.timeZone);
    if (today < cycle.startsOn) continue;
    const occasion = cycleReminderOccasion(today, cycle.endsOn);
    if (occasion === null) continue;
    const rows = await cycleCompletion(input.db, { orgId: cycle.orgId, cycleId: cycle.id });
    for (const [personId, duties] of dutiesByPerson(rows)) {
      const sent = await queueCycleReminderMail(input.db, {
        orgId: cycle.orgId,
        cycle,
        personId,
        duties,
        occasion,
        fromName: null,
        publicUrl: input.publicUrl,
      });
      if (sent) queued += 1;
    }
  }
  return queued;
}
