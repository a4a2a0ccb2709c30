import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "../database.ts";
import { goalComments, goals, growthPlans } from "../schema.ts";
import type { Goal } from "./growth-plans.ts";

/** What a new goal needs besides its plan. */
export type NewGoal = Omit<
  typeof goals.$inferInsert,
  "id" | "planId" | "createdAt" | "updatedAt" | "deletedAt"
>;

/** A comment on a goal as stored. */
export type GoalComment = typeof goalComments.$inferSelect;

/** Adds a goal to a plan of the organisation; null when there is no such plan. */
export async function addGoal(
  db: Database,
  input: { orgId: string; planId: string; goal: NewGoal },
): Promise<Goal | null> {
  if (!(await planInOrg(db, input.orgId, input.planId))) return null;
  const [row] = await db
    .insert(goals)
    .values({ ...input.goal, planId: input.planId })
    .returning();
  return row ?? null;
}

/** Changes a goal of a plan in the organisation; null when there is no such goal. */
export async function updateGoal(
  db: Database,
  input: { orgId: string; planId: string; goalId: string; patch: Partial<NewGoal> },
): Promise<Goal | null> {
  if (!(await planInOrg(db, input.orgId, input.planId))) return null;
  const [row] = await db
    .update(goals)
    .set(input.patch)
    .where(liveGoal(input.planId, input.goalId))
    .returning();
  return row ?? null;
}

/**
 * Removes a goal from its plan, softly: the row stays (with who removed it and when) for the
 * audit trail, and no plan shows it again. Null when there is no such goal left.
 */
export async function deleteGoal(
  db: Database,
  input: { orgId: string; planId: string; goalId: string; changedBy: string | null },
): Promise<Goal | null> {
  if (!(await planInOrg(db, input.orgId, input.planId))) return null;
  const [row] = await db
    .update(goals)
    .set({ deletedAt: new Date(), changedBy: input.changedBy })
    .where(liveGoal(input.planId, input.goalId))
    .returning();
  return row ?? null;
}

/** Adds a comment to a goal still on a plan of the organisation; null when there is none. */
export async function addGoalComment(
  db: Database,
  input: {
    orgId: string;
    planId: string;
    goalId: string;
    text: string;
    authorUserId: string | null;
  },
): Promise<GoalComment | null> {
  if (!(await planInOrg(db, input.orgId, input.planId))) return null;
  const [goal] = await db
    .select({ id: goals.id })
    .from(goals)
    .where(liveGoal(input.planId, input.goalId));
  if (!goal) return null;
  const [row] = await db
    .insert(goalComments)
    .values({ goalId: goal.id, text: input.text, authorUserId: input.authorUserId })
    .returning();
  return row ?? null;
}

/** The comments on some goals, oldest first. */
export async function listGoalComments(
  db: Database,
  goalIds: readonly string[],
): Promise<GoalComment[]> {
  if (goalIds.length === 0) return [];
  return db
    .select()
    .from(goalComments)
    .where(inArray(goalComments.goalId, [...goalIds]))
    .orderBy(asc(goalComments.createdAt), asc(goalComments.id));
}

function liveGoal(planId: string, goalId: string) {
  return and(eq(goals.planId, planId), eq(goals.id, goalId), isNull(goals.deletedAt));
}

/** Whether a growth plan belongs to the organisation. */
export async function planInOrg(db: Database, orgId: string, planId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: growthPlans.id })
    .from(growthPlans)
    .where(and(eq(growthPlans.orgId, orgId), eq(growthPlans.id, planId)));
  return row !== undefined;
}
