import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { checkIns, goals, growthPlans } from "../schema.ts";

/** A growth plan row. */
export type GrowthPlanRow = typeof growthPlans.$inferSelect;

/** A goal as stored. */
export type Goal = typeof goals.$inferSelect;

/** A check-in as stored. */
export type CheckIn = typeof checkIns.$inferSelect;

/** A growth plan with its goals and check-ins, oldest first. */
export interface GrowthPlan extends GrowthPlanRow {
  goals: Goal[];
  checkIns: CheckIn[];
}

/** What a new growth plan needs; goals may come with it. */
export type NewGrowthPlan = Pick<typeof growthPlans.$inferInsert, "orgId" | "personId"> &
  Partial<
    Pick<
      typeof growthPlans.$inferInsert,
      | "targetRoleId"
      | "focusCompetencies"
      | "actions"
      | "status"
      | "checkInEveryDays"
      | "changedBy"
      | "startedBy"
    >
  > & { goals?: Omit<typeof goals.$inferInsert, "id" | "planId" | "createdAt" | "updatedAt">[] };

/** The fields of a plan that may change, and who changed them. */
export type GrowthPlanPatch = Partial<
  Pick<
    GrowthPlanRow,
    "targetRoleId" | "focusCompetencies" | "actions" | "status" | "checkInEveryDays" | "changedBy"
  >
>;

/** Creates a growth plan with its first goals, in one transaction. */
export async function createGrowthPlan(db: Database, input: NewGrowthPlan): Promise<GrowthPlan> {
  return db.transaction(async (tx) => {
    const { goals: firstGoals = [], ...plan } = input;
    const [row] = await tx.insert(growthPlans).values(plan).returning();
    if (!row) throw new Error("Creating the growth plan returned no row.");
    const created =
      firstGoals.length === 0
        ? []
        : await tx
            .insert(goals)
            .values(firstGoals.map((goal) => ({ ...goal, planId: row.id })))
            .returning();
    return { ...row, goals: created, checkIns: [] };
  });
}

/** Finds a growth plan of an organisation with its goals and check-ins, or null. */
export async function getGrowthPlan(
  db: Database,
  orgId: string,
  id: string,
): Promise<GrowthPlan | null> {
  const [row] = await db
    .select()
    .from(growthPlans)
    .where(and(eq(growthPlans.orgId, orgId), eq(growthPlans.id, id)));
  if (!row) return null;
  const [planGoals, planCheckIns] = await Promise.all([
    db
      .select()
      .from(goals)
      .where(and(eq(goals.planId, id), isNull(goals.deletedAt)))
      // Goals written together share a creation time: the due date, then the title, order them
      // the same way every time (ids are random).
      .orderBy(
        asc(goals.createdAt),
        sql`${goals.dueDate} asc nulls last`,
        asc(goals.title),
        asc(goals.id),
      ),
    db
      .select()
      .from(checkIns)
      .where(eq(checkIns.planId, id))
      .orderBy(asc(checkIns.date), asc(checkIns.createdAt), asc(checkIns.id)),
  ]);
  return { ...row, goals: planGoals, checkIns: planCheckIns };
}

/** A person's growth plans, newest first, without goals and check-ins. */
export async function listGrowthPlans(
  db: Database,
  options: { orgId: string; personId: string },
): Promise<GrowthPlanRow[]> {
  return db
    .select()
    .from(growthPlans)
    .where(and(eq(growthPlans.orgId, options.orgId), eq(growthPlans.personId, options.personId)))
    .orderBy(desc(growthPlans.createdAt), desc(growthPlans.id));
}

/** Changes a growth plan; null when it is not in the organisation. */
export async function updateGrowthPlan(
  db: Database,
  orgId: string,
  id: string,
  patch: GrowthPlanPatch,
): Promise<GrowthPlanRow | null> {
  const [row] = await db
    .update(growthPlans)
    .set(patch)
    .where(and(eq(growthPlans.orgId, orgId), eq(growthPlans.id, id)))
    .returning();
  return row ?? null;
}
