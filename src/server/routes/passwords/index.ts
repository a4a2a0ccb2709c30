import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { changeOwnPassword } from "../../../app/accounts/change-own-password.ts";
import { completePasswordReset } from "../../../app/accounts/complete-password-reset.ts";
import { requestPasswordReset } from "../../../app/accounts/request-password-reset.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { accountSecrets } from "../../auth/account-secrets.ts";
import type { AuthStore } from "../../auth/auth-store.ts";
import type { LoginRateLimit } from "../../auth/login-rate-limit.ts";
import { clientIp } from "../../auth/request-facts.ts";
import type { SessionLifetime } from "../../auth/session-lifetime.ts";
import { signedIn } from "../../authorize.ts";
import { ProblemError } from "../../problem.ts";
import { problemResponses } from "../../problem-responses.ts";
import { sessionSchema } from "../session/schema.ts";
import { startSession } from "../session/start-session.ts";
import {
  passwordChangeSchema,
  passwordResetRequestedSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  resetTokenParamSchema,
} from "./schema.ts";

/** What the password routes need. */
export interface PasswordDeps {
  db: Database;
  auth: AuthStore;
  loginLimit: LoginRateLimit;
  proxyHops: number;
  sessions: SessionLifetime;
  now: () => Date;
  publicUrl: string;
}

const tags = ["session"];

const requestRoute = createRoute({
  method: "post",
  path: "/api/v1/password-resets",
  tags,
  summary: "Ask for a password reset link by mail",
  description:
    "Answers 202 with the same words whether or not an account has the email. The link works once, for one hour. Requests are limited per email and per client address like sign-in (429 with Retry-After).",
  request: {
    body: {
      required: true,
      content: { "application/json": { schema: passwordResetRequestSchema } },
    },
  },
  responses: {
    202: {
      description: "If an account has the email, a link is on its way",
      content: { "application/json": { schema: passwordResetRequestedSchema } },
    },
    ...problemResponses(400, 403, 429),
  },
});

const completeRoute = createRoute({
  method: "post",
  path: "/api/v1/password-resets/{token}/complete",
  tags,
  summary: "Set a new password through a reset link",
  description:
    "The password needs 12 to 256 characters and must not be a common password, the email or the organisation's name. Every session of the account ends; sign in with the new password.",
  request: {
    params: resetTokenParamSchema,
    body: { required: true, content: { "application/json": { schema: passwordResetSchema } } },
  },
  responses: { 204: { description: "Password changed" }, ...problemResponses(400, 403) },
});

const changeRoute = createRoute({
  method: "post",
  path: "/api/v1/session/password",
  tags,
  summary: "Change your own password",
  description:
    "The current password is required. Every session of yours ends, on every device; this one starts again with the answer.",
  request: {
    body: { required: true, content: { "application/json": { schema: passwordChangeSchema } } },
  },
  responses: {
    200: {
      description: "Changed; signed in again here",
      content: { "application/json": { schema: sessionSchema } },
    },
    ...problemResponses(400, 401, 403, 429),
  },
});

/**
 * Counts a password attempt in the sign-in limiter under its own keys, so resets and changes
 * neither use up nor reset sign-in attempts; a 429 when over a limit.
 */
async function limitAttempt(
  c: Context,
  deps: PasswordDeps,
  kind: "reset" | "change",
  email: string,
): Promise<void> {
  const address = clientIp(c, deps.proxyHops);
  const wait = await deps.loginLimit.attempt({
    email: `${kind}:${email}`,
    address: `${kind}:${address}`,
  });
  if (wait <= 0) return;
  const seconds = Math.max(1, Math.ceil(wait / 1000));
  throw new ProblemError({
    kind: "rate-limited",
    detail: `Too many password requests for this email or from this network; wait ${seconds} seconds, then try again.`,
    headers: { "retry-after": String(seconds) },
  });
}

/**
 * Mounts password reset by mail (ask for a link, set a new password through it) and changing
 * one's own password.
 *
 * @example
 * mountPasswords(app, deps);
 */
export function mountPasswords(app: OpenAPIHono<AppEnv>, deps: PasswordDeps): void {
  const accounts = { ...deps, secrets: accountSecrets };

  app.openapi(requestRoute, async (c) => {
    const { email } = c.req.valid("json");
    await limitAttempt(c, deps, "reset", email);
    await requestPasswordReset(accounts, email);
    return c.json(
      {
        message:
          "If an account has this email, a mail with a link to choose a new password is on its way. The link works once, for one hour.",
      },
      202,
    );
  });

  app.openapi(completeRoute, async (c) => {
    const { token } = c.req.valid("param");
    await completePasswordReset(accounts, { token, password: c.req.valid("json").password });
    return c.body(null, 204);
  });

  app.openapi(changeRoute, async (c) => {
    const actor = signedIn(c);
    const user = c.get("user");
    await limitAttempt(c, deps, "change", user?.email ?? actor.userId);
    const changed = await changeOwnPassword(accounts, actor, c.req.valid("json"));
    return c.json(await startSession(c, changed, deps), 200);
  });
}
