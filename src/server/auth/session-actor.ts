import type { MiddlewareHandler } from "hono";
import type { Actor } from "../../app/policy.ts";
import type { AppEnv } from "../app-env.ts";
import type { AuthStore, SessionRecord, UserRecord } from "./auth-store.ts";
import { readSessionCookie } from "./session-cookie.ts";
import { sessionTouchEveryMs } from "./session-lifetime.ts";
import { digestToken } from "./tokens.ts";

/** The policy's view of a signed-in user. */
export function actorOf(user: UserRecord): Actor {
  return {
    kind: "user",
    userId: user.id,
    orgId: user.orgId,
    personId: user.personId,
    role: user.role,
  };
}

/**
 * Resolves the session cookie to the actor of the request; without a live session (none, past
 * its absolute end, or idle too long) the actor stays anonymous (routes then answer 401 through
 * the policy). A session's last-seen time is moved on at most once a minute.
 *
 * @example
 * app.use("/api/*", sessionActor({ auth, idleTimeoutMs: 12 * 3_600_000 }));
 */
export function sessionActor(options: {
  auth: AuthStore;
  idleTimeoutMs: number;
  now?: () => Date;
}): MiddlewareHandler<AppEnv> {
  const now = options.now ?? (() => new Date());
  return async function resolveActor(c, next) {
    const token = readSessionCookie(c);
    let found: SessionRecord | null = null;
    if (token) {
      const digest = digestToken(token);
      const at = now();
      const idleSince = new Date(at.getTime() - options.idleTimeoutMs);
      found = await options.auth.findUserBySession(digest, at, idleSince);
      if (found && at.getTime() - found.lastSeenAt.getTime() >= sessionTouchEveryMs) {
        await options.auth.touchSession(digest, at);
      }
    }
    c.set("user", found?.user ?? null);
    c.set("orgRevision", found?.orgRevision ?? null);
    c.set("organisation", found?.organisation ?? null);
    c.set("actor", found ? actorOf(found.user) : { kind: "anonymous" });
    await next();
  };
}
