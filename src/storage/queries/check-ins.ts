import type { Database } from "../database.ts";
import { checkIns } from "../schema.ts";
import { planInOrg } from "./goals.ts";
import type { CheckIn } from "./growth-plans.ts";

/** What a new check-in needs besides its plan. */
export type NewCheckIn = Omit<typeof checkIns.$inferInsert, "id" | "planId" | "createdAt">;

/** Records a check-in on a plan of the organisation; null when there is no such plan. */
export async function addCheckIn(
  db: Database,
  input: { orgId: string; planId: string; checkIn: NewCheckIn },
): Promise<CheckIn | null> {
  if (!(await planInOrg(db, input.orgId, input.planId))) return null;
  const [row] = await db
    .insert(checkIns)
    .values({ ...input.checkIn, planId: input.planId })
    .returning();
  return row ?? null;
}
