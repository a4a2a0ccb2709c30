import type { Database } from "../storage/database.ts";
import { deletePerson } from "../storage/queries/people.ts";
import { loadPersonFacts } from "./person-facts.ts";
import type { Actor } from "./policy.ts";
import { recordAuditEntry } from "./record-audit-entry.ts";
import { refuseUnless } from "./refusal.ts";

/**
 * Removes a person and everything that is theirs (admins only), and audits the removal.
 *
 * @example
 * await removePerson(db, actor, ivy.id);
 */
export async function removePerson(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  personId: string,
): Promise<void> {
  const { facts } = await loadPersonFacts(db, actor, personId);
  refuseUnless(actor, "person:delete", facts);
  await deletePerson(db, actor.orgId, personId);
  await recordAuditEntry(db, actor, {
    action: "person:delete",
    targetType: "person",
    targetId: personId,
  });
}
