import type { Database } from "../../storage/database.ts";
import { addGoal as insertGoal, type NewGoal } from "../../storage/queries/goals.ts";
import type { FrameworkSource } from "../framework-source.ts";
import type { Actor } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { notFoundRefusal, refuseUnless } from "../refusal.ts";
import { type AttributedGoal, attributeGoal } from "./attributed-plan.ts";
import { changedBy } from "./changed-by.ts";
import { loadPlanFacts } from "./load-plan-facts.ts";
import { refuseUnknownCompetency } from "./refuse-unknown-competency.ts";

/** What adding a goal needs. */
export interface GoalDeps {
  db: Database;
  frameworks: FrameworkSource;
}

/** A new goal as a person or their manager writes it. */
export type GoalInput = Omit<NewGoal, "changedBy">;

/**
 * Adds a goal to a growth plan: the person or a manager in their chain (`plan:write`), its
 * competency one of the framework's, attributed to whoever added it and audited.
 *
 * @example
 * const goal = await addGoal(deps, actor, planId, { title: "Write the payments strategy" });
 */
export async function addGoal(
  deps: GoalDeps,
  actor: Extract<Actor, { kind: "user" }>,
  planId: string,
  input: GoalInput,
): Promise<AttributedGoal> {
  const { facts } = await loadPlanFacts(deps.db, actor, planId);
  refuseUnless(actor, "plan:write", facts);
  refuseUnknownCompetency((await deps.frameworks.current(actor.orgId)).framework, input.competency);
  const added = await deps.db.transaction(async (tx) => {
    const goal = await insertGoal(tx, {
      orgId: actor.orgId,
      planId,
      goal: { ...input, changedBy: changedBy(actor) },
    });
    if (!goal) throw notFoundRefusal("growth plan", planId);
    await recordAuditEntry(tx, actor, {
      action: "goal:create",
      targetType: "goal",
      targetId: goal.id,
    });
    return goal;
  });
  return attributeGoal(deps.db, actor.orgId, added);
}
