import type { Database } from "../../storage/database.ts";
import { getOrganisation } from "../../storage/queries/organisations.ts";
import { deleteUserSessions } from "../../storage/queries/sessions.ts";
import { type StoredUser, updateUser } from "../../storage/queries/users.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { Refusal } from "../refusal.ts";
import type { AccountSecrets } from "./account-secrets.ts";
import { actorOfUser } from "./actor-of-user.ts";
import { checkNewPassword } from "./check-new-password.ts";

/** The new password checked against the policy for this user, hashed; or the refusal to fix it. */
export async function hashNewPassword(
  db: Database,
  secrets: AccountSecrets,
  user: StoredUser,
  password: string,
  path: string,
): Promise<string> {
  const organisation = await getOrganisation(db, user.orgId);
  const issues = checkNewPassword(
    password,
    { email: user.email, organisationName: organisation?.name ?? "" },
    path,
  );
  if (issues.length > 0) throw new Refusal("validation", "Choose another password.", issues);
  return secrets.hashPassword(password);
}

/**
 * Within the caller's transaction: stores the new password hash, ends every session of the
 * user on every device (whoever knew the old password is signed out) and audits the change.
 */
export async function replacePassword(
  tx: Database,
  user: StoredUser,
  passwordHash: string,
  action: "password:reset" | "password:change",
): Promise<void> {
  await updateUser(tx, user.orgId, user.id, { passwordHash });
  const ended = await deleteUserSessions(tx, user.id);
  await recordAuditEntry(tx, actorOfUser(user), {
    action,
    targetType: "user",
    targetId: user.id,
    detail: { sessionsEnded: ended },
  });
}
