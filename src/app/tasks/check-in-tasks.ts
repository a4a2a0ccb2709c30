import { listCheckInSchedules } from "../../storage/queries/check-in-schedule.ts";
import { planCheckInDue } from "../plan-check-in-due.ts";
import type { Task } from "./task.ts";
import type { TaskContext, TaskSource } from "./task-source.ts";

/** How many days ahead a check-in shows on Home: enough to make room for it in a week. */
export const checkInLeadDays = 7;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * My growth plan's check-in, once it is a week away or has come up: a few lines on what moved
 * are enough, whenever they come.
 *
 * @example const [checkIn] = await checkInTasks({ db, orgId, personId, framework, today });
 */
export const checkInTasks: TaskSource = async (context: TaskContext): Promise<Task[]> => {
  const plans = await listCheckInSchedules(context.db, {
    orgId: context.orgId,
    personId: context.personId,
  });
  return plans.flatMap((plan): Task[] => {
    const due = planCheckInDue(plan);
    if (daysBetween(context.today, due) > checkInLeadDays) return [];
    return [
      {
        kind: "check-in",
        title: "Check in on your growth plan",
        detail:
          due <= context.today
            ? "A few lines on what moved and what you learned are enough; your manager can add theirs."
            : `Your plan has a check-in every ${plan.everyDays} days.`,
        href: "/plan",
        due,
        personId: null,
        personName: null,
        cycleId: null,
      },
    ];
  });
};
