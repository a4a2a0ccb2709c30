import { dayInTimeZone } from "../engine/calendar/day-in-time-zone.ts";
import { nextCheckInDate } from "../engine/plans/next-check-in-date.ts";
import type { PlanCheckInSchedule } from "../storage/queries/check-in-schedule.ts";

/**
 * The day an active plan's next check-in comes up on its organisation's calendar: its cadence
 * after the latest check-in, or after the day the plan started. Reminder mails and Home both
 * ask this, so they never disagree.
 *
 * @example
 * const due = planCheckInDue(schedule); // "2026-06-15"
 */
export function planCheckInDue(plan: PlanCheckInSchedule): string {
  return nextCheckInDate({
    lastCheckIn: plan.lastCheckIn,
    startedOn: dayInTimeZone(plan.createdAt, plan.timeZone),
    everyDays: plan.everyDays,
  });
}
