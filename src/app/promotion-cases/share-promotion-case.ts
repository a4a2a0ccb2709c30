import type { Database } from "../../storage/database.ts";
import { updatePromotionCase } from "../../storage/queries/promotion-cases.ts";
import type { Actor } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { loadPromotionCase } from "./load-promotion-case.ts";

/**
 * Shares a case with the person it is about, or stops sharing it (managers in the person's
 * chain); audited. Sharing what is already shared changes nothing and writes no entry.
 *
 * @example
 * await sharePromotionCase(db, manager, caseId, true);
 */
export async function sharePromotionCase(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  caseId: string,
  shared: boolean,
): Promise<{ sharedWithPerson: boolean }> {
  const { stored } = await loadPromotionCase(db, actor, caseId, "case:write");
  if (stored.sharedWithPerson === shared) return { sharedWithPerson: shared };
  await db.transaction(async (tx) => {
    await updatePromotionCase(tx, actor.orgId, caseId, { sharedWithPerson: shared });
    await recordAuditEntry(tx, actor, {
      action: shared ? "case:share" : "case:unshare",
      targetType: "promotion-case",
      targetId: caseId,
    });
  });
  return { sharedWithPerson: shared };
}
