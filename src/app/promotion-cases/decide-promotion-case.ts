import type { Database } from "../../storage/database.ts";
import { updatePromotionCase } from "../../storage/queries/promotion-cases.ts";
import type { PromotionDecision } from "../../storage/tables/promotion-cases.ts";
import { type Actor, localAdminUserId } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { Refusal } from "../refusal.ts";
import { loadPromotionCase } from "./load-promotion-case.ts";
import { decisionWords } from "./promotion-case-summary.ts";

/** What the committee decides. */
export interface DecidePromotionCaseInput {
  decision: PromotionDecision;
  note?: string | null;
}

/**
 * Records the committee's decision on an open case (admins, who sit on the committee): promote
 * now, not yet, or promote with a plan; audited, and from then on read by the person's manager
 * chain with the case. A decided case is not decided again.
 *
 * @example
 * await decidePromotionCase(db, admin, caseId, { decision: "with-a-plan", note: "Close strategy first." });
 */
export async function decidePromotionCase(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  caseId: string,
  input: DecidePromotionCaseInput,
): Promise<{ decision: PromotionDecision; words: string; decidedAt: string }> {
  const { stored } = await loadPromotionCase(db, actor, caseId, "case:decide");
  if (stored.status !== "open") {
    const was = stored.decision ? ` (${decisionWords[stored.decision]})` : "";
    throw new Refusal(
      "validation",
      `This case already has its decision${was}; open a new case to argue again.`,
    );
  }
  const note = input.note?.trim() || null;
  const decidedAt = new Date();
  await db.transaction(async (tx) => {
    await updatePromotionCase(tx, actor.orgId, caseId, {
      status: "decided",
      decision: input.decision,
      decisionNote: note,
      decidedByUserId: actor.userId === localAdminUserId ? null : actor.userId,
      decidedAt,
    });
    await recordAuditEntry(tx, actor, {
      action: "case:decide",
      targetType: "promotion-case",
      targetId: caseId,
      detail: { decision: input.decision },
    });
  });
  return {
    decision: input.decision,
    words: decisionWords[input.decision],
    decidedAt: decidedAt.toISOString(),
  };
}
