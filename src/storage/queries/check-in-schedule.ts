import { eq, max } from "drizzle-orm";
import type { Database } from "../database.ts";
import { checkIns, growthPlans, organisations } from "../schema.ts";

/** An active plan with what its next check-in date follows from. */
export interface PlanCheckInSchedule {
  planId: string;
  orgId: string;
  personId: string;
  timeZone: string;
  everyDays: number;
  createdAt: Date;
  /** The day of the plan's latest check-in, or null. */
  lastCheckIn: string | null;
}

/** Every active growth plan, of every organisation, with its cadence and latest check-in. */
export async function listCheckInSchedules(db: Database): Promise<PlanCheckInSchedule[]> {
  return db
    .select({
      planId: growthPlans.id,
      orgId: growthPlans.orgId,
      personId: growthPlans.personId,
      timeZone: organisations.timeZone,
      everyDays: growthPlans.checkInEveryDays,
      createdAt: growthPlans.createdAt,
      lastCheckIn: max(checkIns.date),
    })
    .from(growthPlans)
    .innerJoin(organisations, eq(organisations.id, growthPlans.orgId))
    .leftJoin(checkIns, eq(checkIns.planId, growthPlans.id))
    .where(eq(growthPlans.status, "active"))
    .groupBy(growthPlans.id, organisations.timeZone);
}
