import { dayInTimeZone } from "../../engine/calendar/day-in-time-zone.ts";
import type { Database } from "../../storage/database.ts";
import { listCheckInSchedules } from "../../storage/queries/check-in-schedule.ts";
import { planCheckInDue } from "../plan-check-in-due.ts";
import { queuePersonMail } from "./queue-person-mail.ts";

const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/**
 * Queues a reminder for every active plan whose check-in has come due on its organisation's
 * calendar: one per plan and due date (the idempotency key), so running it again queues nothing
 * new. The outbox worker runs it now and then. Answers how many reminders were queued.
 *
 * @example
 * await queueCheckInReminders({ db, now: new Date(), publicUrl: "https://pathways.example.com" });
 */
export async function queueCheckInReminders(input: {
  db: Database;
  now: Date;
  publicUrl: string;
}): Promise<number> {
  let queued = 0;
  for (const plan of await listCheckInSchedules(input.db)) {
    const today = dayInTimeZone(input.now, plan.timeZone);
    const due = planCheckInDue(plan);
    if (due > today) continue;
    const sent = await queuePersonMail(input.db, {
      orgId: plan.orgId,
      kind: "check-in-due",
      toPersonId: plan.personId,
      idempotencyKey: `check-in-due:${plan.planId}:${due}`,
      subject: "Time for a check-in on your growth plan",
      content: () => ({
        paragraphs: [
          `Your growth plan has a check-in every ${plan.everyDays} days, and one came up on ${longDate.format(new Date(`${due}T00:00:00Z`))}.`,
          "A few lines on what moved and what you learned are enough; your manager can add theirs.",
        ],
        action: { label: "Open your growth plan", url: `${input.publicUrl}/plan` },
      }),
    });
    if (sent) queued += 1;
  }
  return queued;
}
