import { addGoalComment } from "../../storage/queries/goals.ts";
import { userNames } from "../../storage/queries/user-names.ts";
import type { Actor } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { notFoundRefusal, refuseUnless } from "../refusal.ts";
import type { GoalDeps } from "./add-goal.ts";
import { type AttributedComment, attributeComment } from "./attributed-plan.ts";
import { changedBy } from "./changed-by.ts";
import { loadPlanFacts } from "./load-plan-facts.ts";

/**
 * Comments on a goal of a growth plan: the person or a manager in their chain (`goal:comment`),
 * stored with its author and time, shown under the goal, and audited.
 *
 * @example
 * const comment = await commentOnGoal(deps, actor, planId, goalId, "Great first interview!");
 */
export async function commentOnGoal(
  deps: Pick<GoalDeps, "db">,
  actor: Extract<Actor, { kind: "user" }>,
  planId: string,
  goalId: string,
  text: string,
): Promise<AttributedComment> {
  const { facts } = await loadPlanFacts(deps.db, actor, planId);
  refuseUnless(actor, "goal:comment", facts);
  const authorUserId = changedBy(actor);
  const comment = await deps.db.transaction(async (tx) => {
    const added = await addGoalComment(tx, {
      orgId: actor.orgId,
      planId,
      goalId,
      text,
      authorUserId,
    });
    if (!added) throw notFoundRefusal("goal", goalId);
    await recordAuditEntry(tx, actor, {
      action: "goal:comment",
      targetType: "goal",
      targetId: goalId,
    });
    return added;
  });
  return attributeComment(await userNames(deps.db, actor.orgId, [authorUserId]), comment);
}
