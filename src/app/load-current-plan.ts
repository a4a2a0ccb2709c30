import type { Database } from "../storage/database.ts";
import {
  type GrowthPlan,
  getGrowthPlan,
  listGrowthPlans,
} from "../storage/queries/growth-plans.ts";

/**
 * A person's current growth plan (their newest active one) with its goals and check-ins, or
 * null when they have none.
 *
 * @example const plan = await loadCurrentPlan(db, { orgId, personId });
 */
export async function loadCurrentPlan(
  db: Database,
  options: { orgId: string; personId: string },
): Promise<GrowthPlan | null> {
  const plans = await listGrowthPlans(db, options);
  const active = plans.find((plan) => plan.status === "active");
  return active ? getGrowthPlan(db, options.orgId, active.id) : null;
}
