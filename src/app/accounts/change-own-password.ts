import { getUser, type StoredUser } from "../../storage/queries/users.ts";
import type { Actor } from "../policy.ts";
import { Refusal } from "../refusal.ts";
import { refusePasswordUnlessAllowed } from "../sso/refuse-password-unless-allowed.ts";
import type { AccountDeps } from "./account-secrets.ts";
import { hashNewPassword, replacePassword } from "./replace-password.ts";

/**
 * A signed-in user changes their own password: the current one must be right and the new one
 * must follow the policy. Every session of theirs ends; the caller starts a new one for this
 * device.
 *
 * @example
 * await changeOwnPassword(deps, actor, { currentPassword, newPassword });
 */
export async function changeOwnPassword(
  deps: Omit<AccountDeps, "publicUrl">,
  actor: Extract<Actor, { kind: "user" }>,
  input: { currentPassword: string; newPassword: string },
): Promise<StoredUser> {
  const user = await getUser(deps.db, actor.userId);
  if (!user) throw new Refusal("unauthenticated", "Sign in to continue.");
  await refusePasswordUnlessAllowed(
    { db: deps.db, environment: deps.sso?.environment ?? {} },
    user,
  );
  const right =
    user.passwordHash !== null &&
    (await deps.secrets.verifyPassword(user.passwordHash, input.currentPassword));
  if (!right) {
    throw new Refusal("validation", "The current password is not right.", [
      {
        path: "currentPassword",
        message: user.passwordHash
          ? "Does not match your password."
          : "Your account has no password; it signs in with your company sign-in.",
        hint: "Type the password you signed in with; if you forgot it, sign out and use Forgot your password?",
      },
    ]);
  }
  const passwordHash = await hashNewPassword(
    deps.db,
    deps.secrets,
    user,
    input.newPassword,
    "newPassword",
  );
  await deps.db.transaction((tx) => replacePassword(tx, user, passwordHash, "password:change"));
  return user;
}
