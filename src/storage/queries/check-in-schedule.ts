import { and, eq, inArray, max, type SQL } from "drizzle-orm";
import type { Database } from "../database.ts";
import { checkIns, growthPlans, organisations } from "../schema.ts";
import { reportIds } from "./reporting-lines.ts";

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

/** Whose plans to read: one person's, everyone's under a manager, or an organisation's. */
export type CheckInScheduleScope =
  | { orgId: string; personId: string }
  | { orgId: string; managerId: string }
  | { orgId: string };

function scopeOf(scope: CheckInScheduleScope | undefined): SQL | undefined {
  if (!scope) return undefined;
  if ("personId" in scope) {
    return and(eq(growthPlans.orgId, scope.orgId), eq(growthPlans.personId, scope.personId));
  }
  if ("managerId" in scope) {
    return and(
      eq(growthPlans.orgId, scope.orgId),
      inArray(growthPlans.personId, reportIds(scope.orgId, scope.managerId)),
    );
  }
  return eq(growthPlans.orgId, scope.orgId);
}

/**
 * Every active growth plan with its cadence and latest check-in: of every organisation, or only
 * within a scope (one person, everyone under a manager, one organisation).
 *
 * @example
 * const [mine] = await listCheckInSchedules(db, { orgId, personId });
 */
export async function listCheckInSchedules(
  db: Database,
  scope?: CheckInScheduleScope,
): Promise<PlanCheckInSchedule[]> {
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
    .where(and(eq(growthPlans.status, "active"), scopeOf(scope)))
    .groupBy(growthPlans.id, organisations.timeZone);
}
