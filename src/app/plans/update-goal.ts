import { updateGoal as writeGoal } from "../../storage/queries/goals.ts";
import type { Actor } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { notFoundRefusal, refuseUnless } from "../refusal.ts";
import type { GoalDeps, GoalInput } from "./add-goal.ts";
import { type AttributedGoal, attributeGoal } from "./attributed-plan.ts";
import { changedBy } from "./changed-by.ts";
import { loadPlanFacts } from "./load-plan-facts.ts";
import { refuseUnknownCompetency } from "./refuse-unknown-competency.ts";

/**
 * Changes a goal — its words, status, progress, due date or actions (ticked or not): the person
 * or a manager in their chain (`plan:write`), attributed to whoever changed it and audited.
 *
 * @example
 * const goal = await updateGoal(deps, actor, planId, goalId, { status: "in-progress" });
 */
export async function updateGoal(
  deps: GoalDeps,
  actor: Extract<Actor, { kind: "user" }>,
  planId: string,
  goalId: string,
  patch: Partial<GoalInput>,
): Promise<AttributedGoal> {
  const { facts } = await loadPlanFacts(deps.db, actor, planId);
  refuseUnless(actor, "plan:write", facts);
  if (patch.competency !== undefined)
    refuseUnknownCompetency(
      (await deps.frameworks.current(actor.orgId)).framework,
      patch.competency,
    );
  const updated = await deps.db.transaction(async (tx) => {
    const goal = await writeGoal(tx, {
      orgId: actor.orgId,
      planId,
      goalId,
      patch: { ...patch, changedBy: changedBy(actor) },
    });
    if (!goal) throw notFoundRefusal("goal", goalId);
    await recordAuditEntry(tx, actor, {
      action: "goal:update",
      targetType: "goal",
      targetId: goalId,
    });
    return goal;
  });
  return attributeGoal(deps.db, actor.orgId, updated);
}
