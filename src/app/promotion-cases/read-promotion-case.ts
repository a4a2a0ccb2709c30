import { roleFit } from "../../engine/fit/role-fit.ts";
import { personNames } from "../../storage/queries/person-names.ts";
import { userNames } from "../../storage/queries/users.ts";
import type { Actor } from "../policy.ts";
import { can } from "../policy.ts";
import { type ReadProfileDeps, readProfile } from "../read-profile.ts";
import { Refusal } from "../refusal.ts";
import { fillPromotionCase } from "./fill-promotion-case.ts";
import { loadPromotionCase } from "./load-promotion-case.ts";
import { caseRoleTitle, decisionWords, promotionCaseSummary } from "./promotion-case-summary.ts";
import type { PromotionCase } from "./promotion-case-types.ts";

const evidenceNote =
  "Evidence the person shared with their managers or the whole organisation, as far as you may see it; private entries never appear in a case.";

/**
 * Reads a promotion case for an actor, filled now by the engine: the fit for the target role,
 * each expectation with its weighted level, the ratings by rater kind and the evidence behind it,
 * the gaps that remain and the confidence, in words. Managers in the person's chain and admins
 * read it; the person only once it is shared; anyone else is refused.
 *
 * @example
 * const filled = await readPromotionCase({ db, frameworks }, actor, caseId);
 * filled.fit.reason; // "Close to Senior Product Manager: ..."
 */
export async function readPromotionCase(
  deps: ReadProfileDeps,
  actor: Extract<Actor, { kind: "user" }>,
  caseId: string,
): Promise<PromotionCase> {
  const { stored, facts } = await loadPromotionCase(deps.db, actor, caseId, "case:read");
  // The profile a case shows never rests on the person's private evidence, whoever reads it.
  const { framework, version, person, profile, evidence } = await readProfile(
    deps,
    actor,
    stored.personId,
    { evidence: "shared-with-managers" },
  );
  if (!framework.roles.some((role) => role.id === stored.targetRoleId)) {
    throw new Refusal(
      "validation",
      `The role this case argues for ("${stored.targetRoleId}") is no longer in the published framework ${version}; open a new case toward one of its roles.`,
    );
  }
  const fit = roleFit(framework, profile, stored.targetRoleId);
  const [openers, deciders] = await Promise.all([
    personNames(deps.db, actor.orgId, stored.openedByPersonId ? [stored.openedByPersonId] : []),
    userNames(deps.db, actor.orgId, [stored.decidedByUserId]),
  ]);
  return {
    ...promotionCaseSummary(framework, stored),
    currentRole: { id: person.roleId, title: caseRoleTitle(framework, person.roleId) },
    openedBy: openers[0]?.name ?? null,
    narrative: stored.narrative,
    scaleMax: Math.max(...framework.scale.map((step) => step.level)),
    ...fillPromotionCase(framework, profile, fit, evidence),
    evidenceNote,
    decided:
      stored.decision && stored.decidedAt
        ? {
            decision: stored.decision,
            words: decisionWords[stored.decision],
            note: stored.decisionNote,
            decidedBy: stored.decidedByUserId
              ? (deciders.get(stored.decidedByUserId) ?? "A former user")
              : null,
            decidedAt: stored.decidedAt.toISOString(),
          }
        : null,
    can: {
      edit: stored.status === "open" && can(actor, "case:write", facts).allowed,
      decide: stored.status === "open" && can(actor, "case:decide", facts).allowed,
    },
  };
}
