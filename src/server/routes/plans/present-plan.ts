import type { z } from "@hono/zod-openapi";
import type { CheckIn, Goal, GrowthPlanRow } from "../../../storage/queries/growth-plans.ts";
import type { checkInOutSchema, goalOutSchema, planSchema } from "./schema.ts";

/** A goal as the API shows it. */
export function presentGoal(goal: Goal): z.infer<typeof goalOutSchema> {
  const { id, title, competency, measure, dueDate, status } = goal;
  return { id, title, competency, measure, dueDate, status };
}

/** A check-in as the API shows it. */
export function presentCheckIn(checkIn: CheckIn): z.infer<typeof checkInOutSchema> {
  const { id, date, progress, notes, feedback } = checkIn;
  return { id, date, progress, notes, feedback };
}

/** A growth plan as the API shows it, with goals and check-ins when loaded. */
export function presentPlan(
  plan: GrowthPlanRow & { goals?: Goal[]; checkIns?: CheckIn[] },
): z.infer<typeof planSchema> {
  const { id, personId, targetRoleId, focusCompetencies, actions, status, checkInEveryDays } = plan;
  return {
    id,
    personId,
    targetRoleId,
    focusCompetencies,
    actions,
    status,
    checkInEveryDays,
    ...(plan.goals ? { goals: plan.goals.map(presentGoal) } : {}),
    ...(plan.checkIns ? { checkIns: plan.checkIns.map(presentCheckIn) } : {}),
  };
}
