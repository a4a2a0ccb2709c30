import type { Database } from "../../storage/database.ts";
import { Refusal } from "../refusal.ts";
import { passwordSignInAllowed } from "./password-sign-in-allowed.ts";
import { findSsoSettings, type SsoEnvironment } from "./sso-settings.ts";

/**
 * Refuses a password (signing in, resetting or setting one) where the user's organisation
 * requires single sign-on, unless the user is its break-glass owner.
 *
 * @example
 * await refusePasswordUnlessAllowed({ db, environment }, user);
 */
export async function refusePasswordUnlessAllowed(
  deps: { db: Database; environment: SsoEnvironment },
  user: { id: string; orgId: string },
): Promise<void> {
  const settings = await findSsoSettings(deps.db, deps.environment, user.orgId);
  if (passwordSignInAllowed(settings, user)) return;
  throw new Refusal(
    "forbidden",
    'Your organisation signs in with single sign-on, so passwords are off; choose "Sign in with single sign-on" on the sign-in page instead.',
  );
}
