import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { refusePasswordUnlessAllowed } from "../../../app/sso/refuse-password-unless-allowed.ts";
import type { SsoEnvironment } from "../../../app/sso/sso-settings.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AuthStore, UserRecord } from "../../auth/auth-store.ts";
import type { LoginRateLimit } from "../../auth/login-rate-limit.ts";
import { hashPassword, verifyPassword } from "../../auth/password.ts";
import { clientIp } from "../../auth/request-facts.ts";
import { clearSessionCookie, readSessionCookie } from "../../auth/session-cookie.ts";
import type { SessionLifetime } from "../../auth/session-lifetime.ts";
import { digestToken } from "../../auth/tokens.ts";
import { ProblemError, problemKinds } from "../../problem.ts";
import { problemResponses } from "../../problem-responses.ts";
import { presentSession } from "./present-session.ts";
import { loginSchema, type SessionBody, sessionSchema, sessionStateSchema } from "./schema.ts";
import { startSession } from "./start-session.ts";

/** What the session routes need. */
export interface SessionDeps {
  db: Database;
  auth: AuthStore;
  loginLimit: LoginRateLimit;
  proxyHops: number;
  sessions: SessionLifetime;
  now: () => Date;
  /** Where an organisation requiring single sign-on turns passwords off. */
  sso: { environment: SsoEnvironment };
}

const sessionJson = { "application/json": { schema: sessionSchema } };

const loginRoute = createRoute({
  method: "post",
  path: "/api/v1/session/login",
  security: [],
  tags: ["session"],
  summary: "Sign in with email and password",
  description:
    "Sets the session cookie. Attempts are limited per email and per client address, across every server; over a limit the answer is 429 with Retry-After, the same whether or not an account has the email. Where the organisation requires single sign-on, a right password is refused (403) except the break-glass owner's.",
  request: { body: { required: true, content: { "application/json": { schema: loginSchema } } } },
  responses: {
    200: { description: "Signed in", content: sessionJson },
    ...problemResponses(400, 401, 403, 429),
  },
});

const logoutRoute = createRoute({
  method: "post",
  path: "/api/v1/session/logout",
  description:
    "Ends the caller's session on this device and clears its cookie. Safe to call when nobody is signed in.",
  security: [],
  tags: ["session"],
  summary: "Sign out",
  responses: { 204: { description: "Signed out" }, ...problemResponses(403) },
});

const signOutEverywhereRoute = createRoute({
  method: "post",
  path: "/api/v1/session/sign-out-everywhere",
  tags: ["session"],
  summary: "Sign out on every device",
  description:
    "Ends every session of the signed-in user, this one included, on every server; each device has to sign in again.",
  responses: { 204: { description: "Every session ended" }, ...problemResponses(401, 403) },
});

const meRoute = createRoute({
  method: "get",
  path: "/api/v1/session/me",
  tags: ["session"],
  summary:
    "The signed-in user, their organisation's time zone and today's date there, and the CSRF token",
  description:
    "With a session cookie or a bearer token; the CSRF token is empty for bearer requests, which need none.",
  responses: { 200: { description: "Signed in", content: sessionJson }, ...problemResponses(401) },
});

const stateRoute = createRoute({
  method: "get",
  path: "/api/v1/session",
  security: [],
  tags: ["session"],
  summary: "Whether anyone is signed in, and who",
  description:
    "Answers 200 either way, so a visitor's first page asks it without an error: signed out is `{ signedIn: false, session: null }`.",
  responses: {
    200: {
      description: "Signed in or not",
      content: { "application/json": { schema: sessionStateSchema } },
    },
  },
});

/** The caller's session body, or null when nobody is signed in. */
function currentSession(c: Context<AppEnv>, now: Date): SessionBody | null {
  const token = readSessionCookie(c);
  const user = c.get("user");
  const organisation = c.get("organisation");
  if (!user || !organisation) return null;
  const body = presentSession(user, organisation, token ?? "", now);
  // A bearer request needs no CSRF token, and has no session to derive one from.
  return token ? body : { ...body, csrfToken: "" };
}

async function refuseDeactivated(auth: AuthStore, user: UserRecord): Promise<never> {
  const organisation = await auth.findOrganisation(user.orgId);
  throw new ProblemError({
    kind: "forbidden",
    detail: `This account was deactivated; ask an admin of ${organisation?.name ?? "your organisation"} to reactivate it.`,
  });
}

// Verifying against a real hash when the email is unknown keeps both failures equally slow.
const decoyHash = hashPassword("decoy password that matches nothing");

/**
 * Mounts sign-in, sign-out and "me" under `/api/v1/session`.
 *
 * @example
 * mountSession(app, { auth, loginLimit, proxyHops: 0, sessions: defaultSessionLifetime, now });
 */
export function mountSession(app: OpenAPIHono<AppEnv>, deps: SessionDeps): void {
  app.openapi(loginRoute, async (c) => {
    const { email, password } = c.req.valid("json");
    const who = { email, address: clientIp(c, deps.proxyHops) };
    const wait = await deps.loginLimit.attempt(who);
    if (wait > 0) {
      const seconds = Math.max(1, Math.ceil(wait / 1000));
      // One answer for every email, known or not, so a lockout tells nothing about accounts.
      throw new ProblemError({
        kind: "rate-limited",
        detail: `Too many sign-in attempts for this email or from this network; wait ${seconds} seconds, then try again.`,
        headers: { "retry-after": String(seconds) },
      });
    }
    const user = await deps.auth.findUserByEmail(email);
    const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
    if (!user || !matches) {
      throw new ProblemError({
        kind: "sign-in-failed",
        detail: problemKinds["sign-in-failed"].detail,
      });
    }
    await deps.loginLimit.succeeded(who);
    // Said only after the password matched, so it tells a stranger nothing about the account.
    if (user.deactivatedAt) await refuseDeactivated(deps.auth, user);
    await refusePasswordUnlessAllowed({ db: deps.db, environment: deps.sso.environment }, user);
    return c.json(await startSession(c, user, deps), 200);
  });

  app.openapi(logoutRoute, async (c) => {
    const token = readSessionCookie(c);
    if (token) await deps.auth.deleteSession(digestToken(token));
    clearSessionCookie(c, { proxyHops: deps.proxyHops });
    return c.body(null, 204);
  });

  app.openapi(signOutEverywhereRoute, async (c) => {
    const user = c.get("user");
    if (!user) {
      throw new ProblemError({
        kind: "unauthenticated",
        detail: "No one is signed in here, so there are no sessions to end; sign in first.",
      });
    }
    await deps.auth.deleteUserSessions(user.id);
    clearSessionCookie(c, { proxyHops: deps.proxyHops });
    return c.body(null, 204);
  });

  app.openapi(stateRoute, async (c) => {
    const session = currentSession(c, deps.now());
    return c.json({ signedIn: session !== null, session }, 200);
  });

  app.openapi(meRoute, async (c) => {
    const session = currentSession(c, deps.now());
    if (!session) {
      throw new ProblemError({
        kind: "unauthenticated",
        detail: "No one is signed in; sign in first.",
      });
    }
    return c.json(session, 200);
  });
}
