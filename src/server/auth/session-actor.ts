import type { MiddlewareHandler } from "hono";
import type { Actor } from "../../app/policy.ts";
import type { AppEnv } from "../app-env.ts";
import { problem } from "../problem.ts";
import type { AuthStore, SessionRecord, UserRecord } from "./auth-store.ts";
import { readBearerToken } from "./bearer-token.ts";
import { readSessionCookie } from "./session-cookie.ts";
import { sessionTouchEveryMs } from "./session-lifetime.ts";
import { digestToken } from "./tokens.ts";

/** The policy's view of a signed-in user. */
export function actorOf(user: UserRecord, via: "session" | "token" = "session"): Actor {
  return {
    kind: "user",
    userId: user.id,
    orgId: user.orgId,
    personId: user.personId,
    role: user.role,
    ...(via === "token" ? { via } : {}),
  };
}

const readOnlyMethods = new Set(["GET", "HEAD"]);

/** How often a token's last-used time is written at most. */
export const tokenTouchEveryMs = 60_000;

/**
 * Resolves the request to its actor, the one resolver for both ways of proving who you are:
 *
 * - `Authorization: Bearer pw_…` (a personal access token): the token's owner, marked as acting
 *   by token. A token that is unknown, revoked, expired or whose account is deactivated answers
 *   401 at once; a read-only token answers 403 to anything but GET and HEAD. The cookie is then
 *   ignored. Its last-used time is written at most once a minute.
 * - Otherwise the session cookie; without a live session (none, past its absolute end, idle too
 *   long, or its account deactivated) the actor stays anonymous (routes then answer 401 through
 *   the policy). A session's last-seen time is moved on at most once a minute.
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
    const bearer = readBearerToken(c);
    if (bearer !== undefined) {
      const at = now();
      const found = await options.auth.findUserByApiToken(digestToken(bearer), at);
      if (!found) {
        return problem(c, {
          kind: "unauthenticated",
          detail:
            "This API token does not work: it is unknown, revoked or expired, or its account was deactivated. Create a new one in Pathways under My profile, Tokens for scripts.",
        });
      }
      if (found.scope === "read" && !readOnlyMethods.has(c.req.method)) {
        return problem(c, {
          kind: "forbidden",
          detail: `This token is read-only, so it can only read (GET); ${c.req.method} changes data. Create a read-write token for scripts that change things.`,
        });
      }
      const last = found.lastUsedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
      if (at.getTime() - last >= tokenTouchEveryMs)
        await options.auth.touchApiToken(found.tokenId, at);
      c.set("user", found.user);
      c.set("orgRevision", found.orgRevision);
      c.set("organisation", found.organisation);
      c.set("actor", actorOf(found.user, "token"));
      return next();
    }
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
