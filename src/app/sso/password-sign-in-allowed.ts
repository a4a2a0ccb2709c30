import type { SsoSettings } from "./sso-settings.ts";

/**
 * Whether a user may sign in (or set a password) with a password: always, unless their
 * organisation requires single sign-on, and then only the break-glass owner may.
 *
 * @example
 * if (!passwordSignInAllowed(settings, user)) throw new Refusal("forbidden", "Use single sign-on.");
 */
export function passwordSignInAllowed(
  settings: Pick<SsoSettings, "orgId" | "requireSso" | "breakGlassUserId"> | null,
  user: { id: string; orgId: string },
): boolean {
  if (!settings || settings.orgId !== user.orgId || !settings.requireSso) return true;
  return settings.breakGlassUserId === user.id;
}
