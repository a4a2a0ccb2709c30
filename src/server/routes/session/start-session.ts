import type { Context } from "hono";
import type { AuthStore, UserRecord } from "../../auth/auth-store.ts";
import { sessionMaxAgeSeconds, writeSessionCookie } from "../../auth/session-cookie.ts";
import { digestToken, newToken } from "../../auth/tokens.ts";
import { presentSession } from "./present-session.ts";
import type { SessionBody } from "./schema.ts";

/** Creates a session for a user, sets its cookie and returns the session body. */
export async function startSession(
  c: Context,
  user: UserRecord,
  deps: { auth: AuthStore; trustProxy: boolean; now: () => Date },
): Promise<SessionBody> {
  const token = newToken();
  const expiresAt = new Date(deps.now().getTime() + sessionMaxAgeSeconds * 1000);
  await deps.auth.createSession({ userId: user.id, tokenDigest: digestToken(token), expiresAt });
  writeSessionCookie(c, token, { trustProxy: deps.trustProxy });
  return presentSession(user, token);
}
