import type { Framework } from "../../framework/schema.ts";
import type { StoredPromotionCase } from "../../storage/queries/promotion-cases.ts";
import type { PromotionDecision } from "../../storage/tables/promotion-cases.ts";
import type { PromotionCaseSummary } from "./promotion-case-types.ts";

/** Each decision in the committee's words. */
export const decisionWords: Record<PromotionDecision, string> = {
  "promote-now": "Promote now",
  "not-yet": "Not yet",
  "with-a-plan": "Promote with a plan",
};

/** A role's title in the framework, or its id when the framework no longer has it. */
export function caseRoleTitle(framework: Framework, roleId: string | null): string {
  if (roleId === null) return "no role yet";
  return framework.roles.find((role) => role.id === roleId)?.title ?? roleId;
}

/**
 * A stored case as lists show it, its target role named by the framework in use.
 *
 * @example
 * promotionCaseSummary(framework, stored).targetRole.title; // "Senior Product Manager"
 */
export function promotionCaseSummary(
  framework: Framework,
  stored: StoredPromotionCase,
): PromotionCaseSummary {
  return {
    id: stored.id,
    person: { id: stored.personId, name: stored.personName },
    targetRole: { id: stored.targetRoleId, title: caseRoleTitle(framework, stored.targetRoleId) },
    frameworkVersion: stored.frameworkVersion,
    status: stored.status,
    sharedWithPerson: stored.sharedWithPerson,
    decision: stored.decision,
    decisionWords: stored.decision ? decisionWords[stored.decision] : null,
    cycleId: stored.cycleId,
    openedAt: stored.createdAt.toISOString(),
    updatedAt: stored.updatedAt.toISOString(),
  };
}
