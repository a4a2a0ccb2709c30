import type { Actor, Resource } from "../../../app/policy.ts";
import type { Database } from "../../../storage/database.ts";
import { type GrowthPlan, getGrowthPlan } from "../../../storage/queries/growth-plans.ts";
import { notFound } from "../../authorize.ts";
import { loadPersonFacts } from "../../person-facts.ts";

/** Loads a growth plan of the actor's organisation with its person's facts; 404 otherwise. */
export async function loadPlan(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  id: string,
): Promise<{ plan: GrowthPlan; facts: Resource }> {
  const plan = await getGrowthPlan(db, actor.orgId, id);
  if (!plan) throw notFound("growth plan", id);
  const { facts } = await loadPersonFacts(db, actor, plan.personId);
  return { plan, facts };
}
