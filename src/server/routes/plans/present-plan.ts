import type { z } from "@hono/zod-openapi";
import type { AttributedGoal, Attribution } from "../../../app/plans/attributed-plan.ts";
import type { CheckIn, GrowthPlanRow } from "../../../storage/queries/growth-plans.ts";
import type { checkInOutSchema, goalOutSchema, planSchema } from "./schema.ts";

/** A goal as the API shows it, with who last changed it. */
export function presentGoal(goal: AttributedGoal): z.infer<typeof goalOutSchema> {
  const { id, title, competency, measure, dueDate, status, progress, actions, lastChange } = goal;
  return {
    id,
    title,
    competency,
    measure,
    dueDate,
    status,
    progress,
    actions,
    lastChange,
    comments: goal.comments,
  };
}

/** A check-in as the API shows it. */
export function presentCheckIn(checkIn: CheckIn): z.infer<typeof checkInOutSchema> {
  const { id, date, progress, notes, feedback } = checkIn;
  return { id, date, progress, notes, feedback };
}

/** A growth plan as the API shows it, with goals and check-ins when loaded. */
export function presentPlan(
  plan: GrowthPlanRow & {
    lastChange: Attribution | null;
    started: Attribution | null;
    goals?: AttributedGoal[];
    checkIns?: CheckIn[];
  },
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
    lastChange: plan.lastChange,
    started: plan.started,
    ...(plan.goals ? { goals: plan.goals.map(presentGoal) } : {}),
    ...(plan.checkIns ? { checkIns: plan.checkIns.map(presentCheckIn) } : {}),
  };
}
