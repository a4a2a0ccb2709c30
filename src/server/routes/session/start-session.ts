import type { Context } from "hono";
import type { AuthStore, UserRecord } from "../../auth/auth-store.ts";
import { writeSessionCookie } from "../../auth/session-cookie.ts";
import type { SessionLifetime } from "../../auth/session-lifetime.ts";
import { digestToken, newToken } from "../../auth/tokens.ts";
import { presentSession } from "./present-session.ts";
import type { SessionBody } from "./schema.ts";

/** Creates a session for a user, sets its cookie and returns the session body. */
export async function startSession(
  c: Context,
  user: UserRecord,
  deps: { auth: AuthStore; proxyHops: number; sessions: SessionLifetime; now: () => Date },
): Promise<SessionBody> {
  const token = newToken();
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + deps.sessions.maxAgeMs);
  await deps.auth.createSession({
    userId: user.id,
    tokenDigest: digestToken(token),
    expiresAt,
    lastSeenAt: now,
  });
  writeSessionCookie(c, token, {
    proxyHops: deps.proxyHops,
    maxAgeSeconds: Math.floor(deps.sessions.maxAgeMs / 1000),
  });
  const organisation = await deps.auth.findOrganisation(user.orgId);
  if (!organisation) throw new Error(`The organisation ${user.orgId} of a signed-in user is gone.`);
  return presentSession(user, organisation, token, now);
}
