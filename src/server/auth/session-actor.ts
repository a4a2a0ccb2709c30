import type { MiddlewareHandler } from "hono";
import type { Actor } from "../../app/policy.ts";
import type { AppEnv } from "../app-env.ts";
import type { AuthStore, UserRecord } from "./auth-store.ts";
import { readSessionCookie } from "./session-cookie.ts";
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
 * Resolves the session cookie to the actor of the request; without a live session the actor
 * stays anonymous (routes then answer 401 through the policy).
 *
 * @example
 * app.use("/api/*", sessionActor({ auth }));
 */
export function sessionActor(options: {
  auth: AuthStore;
  now?: () => Date;
}): MiddlewareHandler<AppEnv> {
  const now = options.now ?? (() => new Date());
  return async function resolveActor(c, next) {
    const token = readSessionCookie(c);
    const found = token ? await options.auth.findUserBySession(digestToken(token), now()) : null;
    c.set("user", found?.user ?? null);
    c.set("orgRevision", found?.orgRevision ?? null);
    c.set("actor", found ? actorOf(found.user) : { kind: "anonymous" });
    await next();
  };
}
