import { ConflictError } from "../storage/conflict-error.ts";
import type { Database } from "../storage/database.ts";
import { lockOwners } from "../storage/queries/accounts.ts";
import { updateUser } from "../storage/queries/users.ts";
import { loadAccountFacts } from "./account-facts.ts";
import { type AccountView, accountView } from "./account-view.ts";
import { keepAnOwner } from "./keep-an-owner.ts";
import type { Actor, OrgRole } from "./policy.ts";
import { recordAuditEntry } from "./record-audit-entry.ts";

type Member = Extract<Actor, { kind: "user" }>;

/**
 * Changes a person's organisation role (owner, admin or member). Admins change members and
 * admins; only owners make owners or change an owner's role; the last active owner cannot be
 * demoted. Two demotions at once wait for each other (see lockOwners), so one of them is refused
 * rather than both succeeding.
 *
 * @example await changeOrgRole(db, actor, ivy.id, "admin");
 */
export async function changeOrgRole(
  db: Database,
  actor: Member,
  personId: string,
  role: OrgRole,
): Promise<AccountView> {
  return db.transaction(async (tx) => {
    await lockOwners(tx, actor.orgId);
    const { user } = await loadAccountFacts(tx, actor, personId, "account:role", role);
    if (user.role === role) return accountView(personId, user);
    if (role === "owner" && user.deactivatedAt) {
      throw new ConflictError(
        "A deactivated account cannot be an owner; reactivate it first, then make it an owner.",
      );
    }
    await keepAnOwner(tx, user, "change their role");
    const changed = await updateUser(tx, actor.orgId, user.id, { role });
    await recordAuditEntry(tx, actor, {
      action: "account:role",
      targetType: "person",
      targetId: personId,
      detail: { from: user.role, to: role },
    });
    return accountView(personId, changed ?? user);
  });
}
