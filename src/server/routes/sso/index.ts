import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { signInWithSso } from "../../../app/sso/sign-in-with-sso.ts";
import { findSsoSettings, type SsoEnvironment } from "../../../app/sso/sso-settings.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import type { AuthStore } from "../../auth/auth-store.ts";
import { requestOrigin } from "../../auth/request-facts.ts";
import type { SessionLifetime } from "../../auth/session-lifetime.ts";
import { digestToken } from "../../auth/tokens.ts";
import { problemResponses } from "../../problem-responses.ts";
import { answerSsoFailure } from "../../sso/answer-sso-failure.ts";
import type { OidcClient } from "../../sso/oidc-client.ts";
import {
  clearSsoFlow,
  peekSsoFlowOrg,
  readSsoFlow,
  ssoFlowMaxAgeSeconds,
  writeSsoFlow,
} from "../../sso/sso-flow-cookie.ts";
import { SsoFlowError } from "../../sso/sso-flow-error.ts";
import { startSession } from "../session/start-session.ts";
import { ssoCallbackQuerySchema, ssoStartQuerySchema, ssoStatusSchema } from "./schema.ts";

/** What single sign-on needs besides the database: the environment's provider and the client. */
export interface SsoRouteDeps {
  environment: SsoEnvironment;
  client: OidcClient;
}

/** What the SSO routes need. */
export interface SsoDeps {
  db: Database;
  auth: AuthStore;
  proxyHops: number;
  sessions: SessionLifetime;
  now: () => Date;
  sso: SsoRouteDeps;
}

const redirect = { description: "Sent on in the browser (Location)" };

const statusRoute = createRoute({
  method: "get",
  path: "/api/v1/sso",
  description:
    "Anyone may ask, before signing in: whether the organisation signs in with single sign-on, and whether passwords still work.",
  tags: ["sso"],
  summary: "Whether single sign-on is set up here",
  responses: {
    200: {
      description: "SSO status",
      content: { "application/json": { schema: ssoStatusSchema } },
    },
  },
});

const startRoute = createRoute({
  method: "get",
  path: "/api/v1/sso/start",
  tags: ["sso"],
  summary: "Start signing in with the organisation's OpenID provider",
  description:
    "Redirects the browser to the provider (authorization code flow with PKCE S256, state and nonce kept in a signed cookie for ten minutes).",
  request: { query: ssoStartQuerySchema },
  responses: { 302: redirect, ...problemResponses(400, 404, 503) },
});

const callbackRoute = createRoute({
  method: "get",
  path: "/api/v1/sso/callback",
  tags: ["sso"],
  summary: "Where the OpenID provider sends the browser back",
  description:
    "Checks the state, exchanges the code, verifies the ID token, signs the person in and redirects to where the sign-in started. Failures answer a page (for a browser) or problem+json saying what to do.",
  request: { query: ssoCallbackQuerySchema },
  responses: { 302: redirect, ...problemResponses(401, 403, 404, 503) },
});

/** Where the provider sends the browser back; the one place to switch to a configured public URL. */
function callbackUrl(c: Context, proxyHops: number): string {
  return `${requestOrigin(c, proxyHops)}/api/v1/sso/callback`;
}

const notSetUp = () =>
  new SsoFlowError(
    "not-found",
    "Single sign-on is not set up here; sign in with your email and password, or ask an admin to set it up.",
  );

/**
 * Mounts OpenID Connect sign-in: `GET /api/v1/sso` (set up or not), `GET /api/v1/sso/start`
 * and `GET /api/v1/sso/callback`.
 *
 * @example
 * mountSso(app, { db, auth, proxyHops: 0, sessions, now, sso: { environment: {}, client: oidcClient() } });
 */
export function mountSso(app: OpenAPIHono<AppEnv>, deps: SsoDeps): void {
  app.openapi(statusRoute, async (c) => {
    const settings = await findSsoSettings(deps.db, deps.sso.environment);
    return c.json(
      {
        enabled: settings !== null,
        label: "single sign-on",
        passwordsOff: settings?.requireSso ?? false,
      },
      200,
    );
  });

  app.openapi(startRoute, async (c) => {
    const query = c.req.valid("query");
    try {
      const settings = await findSsoSettings(deps.db, deps.sso.environment, query.organisation);
      if (!settings) throw notSetUp();
      const { url, checks } = await deps.sso.client.start(settings, callbackUrl(c, deps.proxyHops));
      const flow = {
        orgId: settings.orgId,
        checks,
        returnTo: query.returnTo ?? "/",
        invitationDigest: query.invitation ? digestToken(query.invitation) : undefined,
        expiresAt: deps.now().getTime() + ssoFlowMaxAgeSeconds * 1000,
      };
      await writeSsoFlow(c, flow, settings, deps.proxyHops);
      return c.redirect(url.href, 302);
    } catch (error) {
      return answerSsoFailure(c, error);
    }
  });

  app.openapi(callbackRoute, async (c) => {
    const query = c.req.valid("query");
    try {
      const orgId = peekSsoFlowOrg(c);
      const settings = orgId ? await findSsoSettings(deps.db, deps.sso.environment, orgId) : null;
      const flow = settings ? await readSsoFlow(c, settings, deps.now()) : null;
      clearSsoFlow(c, deps.proxyHops);
      if (!settings || !flow) {
        throw new SsoFlowError(
          "unauthenticated",
          "This sign-in was started too long ago, in another browser, or not at all; start again from the sign-in page.",
        );
      }
      if (query.state !== flow.checks.state) {
        throw new SsoFlowError(
          "unauthenticated",
          "The provider's answer does not belong to the sign-in this browser started (its state differs), so nobody was signed in; start again from the sign-in page.",
        );
      }
      const answered = new URL(`${callbackUrl(c, deps.proxyHops)}${new URL(c.req.url).search}`);
      const identity = await deps.sso.client.finish(settings, answered, flow.checks);
      const user = await signInWithSso(deps, {
        settings,
        identity,
        invitationDigest: flow.invitationDigest,
      });
      await startSession(
        c,
        {
          id: user.id,
          orgId: user.orgId,
          personId: user.personId,
          role: user.role,
          email: user.email,
          passwordHash: user.passwordHash,
          deactivatedAt: user.deactivatedAt,
        },
        deps,
      );
      return c.redirect(flow.returnTo, 302);
    } catch (error) {
      return answerSsoFailure(c, error);
    }
  });
}
