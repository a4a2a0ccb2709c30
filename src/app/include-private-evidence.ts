import type { Database } from "../storage/database.ts";
import { loadPersonFacts } from "./person-facts.ts";
import type { Actor } from "./policy.ts";
import { recordAuditEntry } from "./record-audit-entry.ts";
import { refuseUnless } from "./refusal.ts";

/**
 * Lets a growth report include the person's private evidence: for the person's own copy, made by
 * them or by an admin at the machine. The policy decides, and every such report is recorded in
 * the audit log, because private evidence leaves Pathways in it.
 *
 * @example
 * await includePrivateEvidence(db, actor, quinn.id);
 */
export async function includePrivateEvidence(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  personId: string,
): Promise<void> {
  const { facts } = await loadPersonFacts(db, actor, personId);
  refuseUnless(actor, "report:include-private", facts);
  await recordAuditEntry(db, actor, {
    action: "report:include-private",
    targetType: "person",
    targetId: personId,
  });
}
