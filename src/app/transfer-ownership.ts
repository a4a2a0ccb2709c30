import { ConflictError } from "../storage/conflict-error.ts";
import type { Database } from "../storage/database.ts";
import { lockOwners } from "../storage/queries/accounts.ts";
import { updateUser } from "../storage/queries/users.ts";
import { loadAccountFacts } from "./account-facts.ts";
import { type AccountView, accountView } from "./account-view.ts";
import type { Actor } from "./policy.ts";
import { recordAuditEntry } from "./record-audit-entry.ts";
import { Refusal } from "./refusal.ts";

type Member = Extract<Actor, { kind: "user" }>;

/**
 * Hands ownership to another person in one step: they become an owner and the owner asking
 * becomes an admin. Only owners; the new owner's account must be active.
 *
 * @example await transferOwnership(db, owner, ivy.id);
 */
export async function transferOwnership(
  db: Database,
  actor: Member,
  personId: string,
): Promise<AccountView> {
  return db.transaction(async (tx) => {
    await lockOwners(tx, actor.orgId);
    const { user } = await loadAccountFacts(tx, actor, personId, "account:transfer-ownership");
    if (user.id === actor.userId) {
      throw new Refusal("validation", "You already own the organisation; choose someone else.", [
        { path: "personId", message: "Is you.", hint: "Choose another person with an account." },
      ]);
    }
    if (user.deactivatedAt) {
      throw new ConflictError(
        "This account is deactivated, so it cannot own the organisation; reactivate it first.",
      );
    }
    const changed = await updateUser(tx, actor.orgId, user.id, { role: "owner" });
    const stepped = await updateUser(tx, actor.orgId, actor.userId, { role: "admin" });
    if (!stepped) {
      throw new Refusal(
        "forbidden",
        "Only an owner who signs in can hand over ownership; make the person an owner instead.",
      );
    }
    await recordAuditEntry(tx, actor, {
      action: "account:transfer-ownership",
      targetType: "person",
      targetId: personId,
      detail: { from: actor.userId, previousRole: user.role },
    });
    return accountView(personId, changed ?? user);
  });
}
