import { deleteGoal as removeGoal } from "../../storage/queries/goals.ts";
import type { Actor } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { notFoundRefusal, refuseUnless } from "../refusal.ts";
import type { GoalDeps } from "./add-goal.ts";
import { changedBy } from "./changed-by.ts";
import { loadPlanFacts } from "./load-plan-facts.ts";

/**
 * Removes a goal from a growth plan: the person or a manager in their chain (`plan:write`). The
 * goal is kept out of sight rather than erased, with who removed it, and the removal is audited.
 *
 * @example
 * await deleteGoal(deps, actor, planId, goalId);
 */
export async function deleteGoal(
  deps: Pick<GoalDeps, "db">,
  actor: Extract<Actor, { kind: "user" }>,
  planId: string,
  goalId: string,
): Promise<void> {
  const { facts } = await loadPlanFacts(deps.db, actor, planId);
  refuseUnless(actor, "plan:write", facts);
  await deps.db.transaction(async (tx) => {
    const goal = await removeGoal(tx, {
      orgId: actor.orgId,
      planId,
      goalId,
      changedBy: changedBy(actor),
    });
    if (!goal) throw notFoundRefusal("goal", goalId);
    await recordAuditEntry(tx, actor, {
      action: "goal:delete",
      targetType: "goal",
      targetId: goalId,
    });
  });
}
