import type { Database } from "../storage/database.ts";
import { findUserOfPerson, lockOwners } from "../storage/queries/accounts.ts";
import { type ErasedCounts, erasePersonRecords } from "../storage/queries/erase-person.ts";
import { keepAnOwner } from "./keep-an-owner.ts";
import { loadPersonFacts } from "./person-facts.ts";
import type { Actor } from "./policy.ts";
import { recordAuditEntry } from "./record-audit-entry.ts";
import { Refusal, refuseUnless } from "./refusal.ts";

type Member = Extract<Actor, { kind: "user" }>;

export type { ErasedCounts };

/**
 * Deletes a person's data on request (a GDPR erasure), for admins and owners, once the person's
 * name is typed as confirmation. It is {@link removePerson} and more: besides the person and
 * everything about them it removes the peer feedback they gave and their account (sessions,
 * tokens, sign-in links). The audit trail stays: this erasure is recorded (with counts, never the
 * name), and the entries about them lose their details. Refused while they are the last owner.
 *
 * @example await erasePersonData(db, actor, ivy.id, "Ivy Chen");
 */
export async function erasePersonData(
  db: Database,
  actor: Member,
  personId: string,
  confirmation: string,
): Promise<ErasedCounts> {
  return db.transaction(async (tx) => {
    await lockOwners(tx, actor.orgId);
    const { person, facts } = await loadPersonFacts(tx, actor, personId);
    const user = await findUserOfPerson(tx, actor.orgId, personId);
    refuseUnless(actor, "person:erase", {
      ...facts,
      account: { userId: user?.id ?? "", role: user?.role ?? "member" },
    });
    if (confirmation.trim() !== person.name.trim()) {
      throw new Refusal("validation", "The confirmation does not match the person's name.", [
        {
          path: "confirm",
          message: "Does not match.",
          hint: `Type the person's name exactly as Pathways shows it, ${person.name}, to confirm.`,
        },
      ]);
    }
    if (user) await keepAnOwner(tx, user, "delete their data");
    const counts = await erasePersonRecords(tx, actor.orgId, personId);
    await recordAuditEntry(tx, actor, {
      action: "person:erase",
      targetType: "person",
      targetId: personId,
      detail: { ...counts },
    });
    return counts;
  });
}
