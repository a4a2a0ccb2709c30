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
 * const evidenceVisible = await includePrivateEvidence(db, localAdminActor(orgId), quinn.id);
 * const report = await loadGrowthReport({ db, framework, person: quinn, evidenceVisible });
 */
export async function includePrivateEvidence(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  personId: string,
): Promise<() => boolean> {
  const { facts } = await loadPersonFacts(db, actor, personId);
  refuseUnless(actor, "report:include-private", facts);
  await recordAuditEntry(db, actor, {
    action: "report:include-private",
    targetType: "person",
    targetId: personId,
  });
  return () => true;
}
