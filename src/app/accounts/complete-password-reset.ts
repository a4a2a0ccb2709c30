import { findPasswordReset, usePasswordReset } from "../../storage/queries/password-resets.ts";
import { getUser, type StoredUser } from "../../storage/queries/users.ts";
import { Refusal } from "../refusal.ts";
import { refusePasswordUnlessAllowed } from "../sso/refuse-password-unless-allowed.ts";
import type { AccountDeps } from "./account-secrets.ts";
import { hashNewPassword, replacePassword } from "./replace-password.ts";

function linkEnded(message: string): Refusal {
  return new Refusal("validation", message, [
    {
      path: "token",
      message,
      hint: "Ask for a new link on the sign-in page (Forgot your password?); the newest mail's link works for one hour.",
    },
  ]);
}

/**
 * Sets a new password through a reset link: the link must be unused and less than an hour old,
 * the password must follow the policy; the link is used up and every session of the account
 * ends. The person then signs in with the new password.
 *
 * @example
 * await completePasswordReset(deps, { token, password });
 */
export async function completePasswordReset(
  deps: Omit<AccountDeps, "publicUrl">,
  input: { token: string; password: string },
): Promise<StoredUser> {
  const digest = deps.secrets.digestToken(input.token);
  const reset = await findPasswordReset(deps.db, digest);
  if (!reset) throw linkEnded("This reset link does not work; it may be mistyped or incomplete.");
  if (reset.usedAt) throw linkEnded("This reset link was already used.");
  if (reset.expiresAt <= deps.now()) throw linkEnded("This reset link has expired.");
  const user = await getUser(deps.db, reset.userId);
  if (!user || user.deactivatedAt) throw linkEnded("This account can no longer sign in.");
  await refusePasswordUnlessAllowed(
    { db: deps.db, environment: deps.sso?.environment ?? {} },
    user,
  );
  const passwordHash = await hashNewPassword(
    deps.db,
    deps.secrets,
    user,
    input.password,
    "password",
  );
  await deps.db.transaction(async (tx) => {
    if (!(await usePasswordReset(tx, digest, deps.now()))) {
      throw linkEnded("This reset link was used a moment ago.");
    }
    await replacePassword(tx, user, passwordHash, "password:reset");
  });
  return user;
}
