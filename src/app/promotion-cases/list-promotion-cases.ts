import {
  listPromotionCases as listStoredCases,
  type PromotionCaseScope,
} from "../../storage/queries/promotion-cases.ts";
import type { FrameworkSource } from "../framework-source.ts";
import { type Actor, can } from "../policy.ts";
import type { ReadProfileDeps } from "../read-profile.ts";
import { organisationWide } from "../refusal.ts";
import { promotionCaseSummary } from "./promotion-case-summary.ts";
import type { PromotionCaseSummary } from "./promotion-case-types.ts";

/**
 * The promotion cases an actor may see: admins every case; a manager the cases of the people
 * under them; everyone their own cases once shared with them. A peer's list never holds a
 * colleague's case.
 *
 * @example
 * const cases = await listPromotionCases({ db, frameworks }, actor);
 */
export async function listPromotionCases(
  deps: Pick<ReadProfileDeps, "db"> & { frameworks: Pick<FrameworkSource, "current"> },
  actor: Extract<Actor, { kind: "user" }>,
): Promise<PromotionCaseSummary[]> {
  const scopes: PromotionCaseScope[] = [];
  if (can(actor, "case:list-all", organisationWide(actor.orgId)).allowed) {
    scopes.push({ kind: "all" });
  } else if (actor.personId) {
    scopes.push({ kind: "reports-of", managerId: actor.personId });
    scopes.push({ kind: "shared-with", personId: actor.personId });
  }
  if (scopes.length === 0) return [];
  const { framework } = await deps.frameworks.current(actor.orgId);
  const stored = await listStoredCases(deps.db, actor.orgId, scopes);
  return stored.map((item) => promotionCaseSummary(framework, item));
}
