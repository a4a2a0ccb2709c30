import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../app-env.ts";
import type { AuthStore } from "../../auth/auth-store.ts";
import type { LoginRateLimit } from "../../auth/login-rate-limit.ts";
import { hashPassword, verifyPassword } from "../../auth/password.ts";
import { clientIp } from "../../auth/request-facts.ts";
import { clearSessionCookie, readSessionCookie } from "../../auth/session-cookie.ts";
import { digestToken } from "../../auth/tokens.ts";
import { ProblemError } from "../../problem.ts";
import { problemResponses } from "../../problem-responses.ts";
import { presentSession } from "./present-session.ts";
import { loginSchema, sessionSchema } from "./schema.ts";
import { startSession } from "./start-session.ts";

/** What the session routes need. */
export interface SessionDeps {
  auth: AuthStore;
  loginLimit: LoginRateLimit;
  trustProxy: boolean;
  now: () => Date;
}

const sessionJson = { "application/json": { schema: sessionSchema } };

const loginRoute = createRoute({
  method: "post",
  path: "/api/v1/session/login",
  tags: ["session"],
  summary: "Sign in with email and password",
  description: "Sets the session cookie. Failed attempts are limited per IP address and email.",
  request: { body: { required: true, content: { "application/json": { schema: loginSchema } } } },
  responses: {
    200: { description: "Signed in", content: sessionJson },
    ...problemResponses(400, 401, 429),
  },
});

const logoutRoute = createRoute({
  method: "post",
  path: "/api/v1/session/logout",
  tags: ["session"],
  summary: "Sign out",
  responses: { 204: { description: "Signed out" }, ...problemResponses(403) },
});

const meRoute = createRoute({
  method: "get",
  path: "/api/v1/session/me",
  tags: ["session"],
  summary: "The signed-in user and the CSRF token",
  responses: { 200: { description: "Signed in", content: sessionJson }, ...problemResponses(401) },
});

// Verifying against a real hash when the email is unknown keeps both failures equally slow.
const decoyHash = hashPassword("decoy password that matches nothing");

/**
 * Mounts sign-in, sign-out and "me" under `/api/v1/session`.
 *
 * @example
 * mountSession(app, { auth, loginLimit, trustProxy: false, now: () => new Date() });
 */
export function mountSession(app: OpenAPIHono<AppEnv>, deps: SessionDeps): void {
  app.openapi(loginRoute, async (c) => {
    const { email, password } = c.req.valid("json");
    const key = `${clientIp(c, deps.trustProxy)}|${email}`;
    const wait = deps.loginLimit.retryAfterMs(key);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new ProblemError({
        kind: "rate-limited",
        detail: `Too many failed sign-ins for this email; try again in ${seconds} seconds.`,
        headers: { "retry-after": String(seconds) },
      });
    }
    const user = await deps.auth.findUserByEmail(email);
    const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
    if (!user || !matches) {
      deps.loginLimit.recordFailure(key);
      throw new ProblemError({
        kind: "unauthenticated",
        detail: "The email or password is not right.",
      });
    }
    deps.loginLimit.reset(key);
    return c.json(await startSession(c, user, deps), 200);
  });

  app.openapi(logoutRoute, async (c) => {
    const token = readSessionCookie(c);
    if (token) await deps.auth.deleteSession(digestToken(token));
    clearSessionCookie(c, { trustProxy: deps.trustProxy });
    return c.body(null, 204);
  });

  app.openapi(meRoute, async (c) => {
    const token = readSessionCookie(c);
    const user = c.get("user");
    if (!token || !user) {
      throw new ProblemError({
        kind: "unauthenticated",
        detail: "No one is signed in; sign in first.",
      });
    }
    return c.json(presentSession(user, token), 200);
  });
}
