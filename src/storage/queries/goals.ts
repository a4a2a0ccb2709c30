import { and, eq } from "drizzle-orm";
import type { Database } from "../database.ts";
import { goals, growthPlans } from "../schema.ts";
import type { Goal } from "./growth-plans.ts";

/** What a new goal needs besides its plan. */
export type NewGoal = Omit<typeof goals.$inferInsert, "id" | "planId" | "createdAt" | "updatedAt">;

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
    .where(and(eq(goals.planId, input.planId), eq(goals.id, input.goalId)))
    .returning();
  return row ?? null;
}

/** Whether a growth plan belongs to the organisation. */
export async function planInOrg(db: Database, orgId: string, planId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: growthPlans.id })
    .from(growthPlans)
    .where(and(eq(growthPlans.orgId, orgId), eq(growthPlans.id, planId)));
  return row !== undefined;
}
