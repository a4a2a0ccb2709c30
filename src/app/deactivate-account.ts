import type { Database } from "../storage/database.ts";
import {
  endAccountAccess,
  lockOwners,
  setAccountDeactivated,
} from "../storage/queries/accounts.ts";
import { loadAccountFacts } from "./account-facts.ts";
import { type AccountView, accountView } from "./account-view.ts";
import { keepAnOwner } from "./keep-an-owner.ts";
import type { Actor } from "./policy.ts";
import { recordAuditEntry } from "./record-audit-entry.ts";

type Member = Extract<Actor, { kind: "user" }>;

/**
 * Deactivates a person's account when they leave: it can no longer sign in, and every session and
 * API token of theirs ends in the same transaction; their history (assessments, evidence, plans,
 * audit entries) stays. Refused for the organisation's last active owner. Deactivating an account
 * that already is changes nothing and writes no entry.
 *
 * @example await deactivateAccount(db, actor, ivy.id, new Date());
 */
export async function deactivateAccount(
  db: Database,
  actor: Member,
  personId: string,
  now: Date,
): Promise<AccountView> {
  return db.transaction(async (tx) => {
    await lockOwners(tx, actor.orgId);
    const { user } = await loadAccountFacts(tx, actor, personId, "account:deactivate");
    if (user.deactivatedAt) return accountView(personId, user);
    await keepAnOwner(tx, user, "deactivate their account");
    const changed = await setAccountDeactivated(tx, actor.orgId, user.id, now);
    const ended = await endAccountAccess(tx, user.id, now);
    await recordAuditEntry(tx, actor, {
      action: "account:deactivate",
      targetType: "person",
      targetId: personId,
      detail: { sessionsEnded: ended.sessions, tokensRevoked: ended.tokens },
    });
    return accountView(personId, changed ?? user);
  });
}

/**
 * Lets a deactivated account sign in again (with its old password or single sign-on); its
 * sessions and tokens stay ended. Reactivating an active account changes nothing.
 *
 * @example await reactivateAccount(db, actor, ivy.id);
 */
export async function reactivateAccount(
  db: Database,
  actor: Member,
  personId: string,
): Promise<AccountView> {
  return db.transaction(async (tx) => {
    const { user } = await loadAccountFacts(tx, actor, personId, "account:deactivate");
    if (!user.deactivatedAt) return accountView(personId, user);
    const changed = await setAccountDeactivated(tx, actor.orgId, user.id, null);
    await recordAuditEntry(tx, actor, {
      action: "account:reactivate",
      targetType: "person",
      targetId: personId,
    });
    return accountView(personId, changed ?? user);
  });
}
