import type { Database } from "../../storage/database.ts";
import { type GrowthPlan, getGrowthPlan } from "../../storage/queries/growth-plans.ts";
import { loadPersonFacts } from "../person-facts.ts";
import type { Actor, Resource } from "../policy.ts";
import { notFoundRefusal } from "../refusal.ts";

/**
 * Loads a growth plan of the actor's organisation with the policy facts of its person; plans of
 * other organisations are simply not found.
 *
 * @example
 * const { plan, facts } = await loadPlanFacts(db, actor, planId);
 * refuseUnless(actor, "plan:write", facts);
 */
export async function loadPlanFacts(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  planId: string,
): Promise<{ plan: GrowthPlan; facts: Resource }> {
  const plan = await getGrowthPlan(db, actor.orgId, planId);
  if (!plan) throw notFoundRefusal("growth plan", planId);
  const { facts } = await loadPersonFacts(db, actor, plan.personId);
  return { plan, facts };
}
