import { checkCompetencyIds } from "../../framework/check-competency-ids.ts";
import { checkRoleId } from "../../framework/check-role-id.ts";
import {
  type GrowthPlanPatch,
  type GrowthPlanRow,
  updateGrowthPlan,
} from "../../storage/queries/growth-plans.ts";
import type { Actor } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { notFoundRefusal, Refusal, refuseUnless } from "../refusal.ts";
import type { GoalDeps } from "./add-goal.ts";
import { type AttributedGoal, type Attribution, attributePlan } from "./attributed-plan.ts";
import { changedBy } from "./changed-by.ts";
import { loadPlanFacts } from "./load-plan-facts.ts";

/** A plan as shown after a change: its goals and check-ins, and who changed what. */
export type ChangedPlan = Awaited<ReturnType<typeof loadPlanFacts>>["plan"] & {
  lastChange: Attribution | null;
  started: Attribution | null;
  goals: AttributedGoal[];
};

/**
 * Changes a growth plan — target role, focus, actions, cadence, status: the person or a manager
 * in their chain (`plan:write`), checked against the framework, attributed and audited.
 *
 * @example
 * const plan = await updatePlan(deps, actor, planId, { status: "completed" });
 */
export async function updatePlan(
  deps: GoalDeps,
  actor: Extract<Actor, { kind: "user" }>,
  planId: string,
  patch: GrowthPlanPatch,
): Promise<ChangedPlan> {
  const { plan, facts } = await loadPlanFacts(deps.db, actor, planId);
  refuseUnless(actor, "plan:write", facts);
  const { framework } = await deps.frameworks.current(actor.orgId);
  const issues = [
    ...checkRoleId(framework, patch.targetRoleId, "targetRoleId"),
    ...checkCompetencyIds(framework, patch.focusCompetencies, "focusCompetencies"),
  ];
  if (issues.length > 0)
    throw new Refusal(
      "validation",
      "Choose a target role and focus competencies of the framework.",
      issues,
    );
  const updated: GrowthPlanRow = await deps.db.transaction(async (tx) => {
    const row = await updateGrowthPlan(tx, actor.orgId, planId, {
      ...patch,
      changedBy: changedBy(actor),
    });
    if (!row) throw notFoundRefusal("growth plan", planId);
    await recordAuditEntry(tx, actor, {
      action: "plan:update",
      targetType: "growth-plan",
      targetId: planId,
    });
    return row;
  });
  const shown = await attributePlan(deps.db, actor.orgId, { ...updated, goals: plan.goals });
  return { ...shown, goals: shown.goals ?? [], checkIns: plan.checkIns };
}
