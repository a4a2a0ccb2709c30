import * as client from "openid-client";
import type { SsoIdentity } from "../../app/sso/sign-in-with-sso.ts";
import type { SsoSettings } from "../../app/sso/sso-settings.ts";
import { SsoFlowError } from "./sso-flow-error.ts";

/** What the sign-in start keeps until the provider sends the browser back. */
export interface SsoChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The OpenID Connect client of the sign-in flow: authorization code with PKCE (S256). */
export interface OidcClient {
  /** The provider's authorization URL and the checks to keep for the callback. */
  start(settings: SsoSettings, redirectUri: string): Promise<{ url: URL; checks: SsoChecks }>;
  /** Exchanges the code of the callback URL and verifies the ID token; who signed in. */
  finish(settings: SsoSettings, callbackUrl: URL, checks: SsoChecks): Promise<SsoIdentity>;
}

const loopbackHosts = new Set(["127.0.0.1", "localhost", "[::1]"]);
const scope = "openid email profile";

function unavailable(issuer: string): SsoFlowError {
  return new SsoFlowError(
    "unavailable",
    `The identity provider at ${issuer} did not answer; try again in a few minutes, and if it keeps failing ask your IT team whether it is up.`,
  );
}

async function discover(settings: SsoSettings): Promise<client.Configuration> {
  const issuer = new URL(settings.issuer);
  // Plain HTTP only for a provider on this machine (a test or a local Keycloak).
  const insecure = issuer.protocol === "http:" && loopbackHosts.has(issuer.hostname);
  try {
    return await client.discovery(
      issuer,
      settings.clientId,
      settings.clientSecret ?? undefined,
      settings.clientSecret ? undefined : client.None(),
      { execute: insecure ? [client.allowInsecureRequests] : [], timeout: 10 },
    );
  } catch {
    throw unavailable(settings.issuer);
  }
}

function refusedCode(error: unknown): SsoFlowError | null {
  if (error instanceof client.ResponseBodyError && error.error === "invalid_grant") {
    return new SsoFlowError(
      "unauthenticated",
      "The sign-in took too long or its link was already used; start again from the sign-in page.",
    );
  }
  if (error instanceof client.AuthorizationResponseError) {
    return new SsoFlowError(
      "unauthenticated",
      `The identity provider did not sign you in (${error.error_description ?? error.error}); start again from the sign-in page.`,
    );
  }
  return null;
}

async function identityOf(
  config: client.Configuration,
  settings: SsoSettings,
  tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers,
): Promise<SsoIdentity> {
  const claims = tokens.claims();
  if (!claims) throw new SsoFlowError("unauthenticated", "The provider sent no ID token.");
  let email = typeof claims.email === "string" ? claims.email : undefined;
  let verified = claims.email_verified;
  let name = typeof claims.name === "string" ? claims.name : undefined;
  if (email === undefined || verified === undefined) {
    const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
    email = info.email ?? email;
    verified = info.email_verified ?? verified;
    name = info.name ?? name;
  }
  return {
    issuer: String(claims.iss ?? settings.issuer),
    subject: claims.sub,
    email,
    emailVerified: verified === true || verified === "true",
    name,
  };
}

/**
 * An OpenID Connect client over `openid-client`, discovering each provider once per process:
 * the ID token's signature, issuer, audience, expiry and nonce are checked by the library.
 *
 * @example
 * const { url, checks } = await oidcClient().start(settings, "https://pathways.example.com/api/v1/sso/callback");
 */
export function oidcClient(): OidcClient {
  const configurations = new Map<string, Promise<client.Configuration>>();
  function configurationOf(settings: SsoSettings): Promise<client.Configuration> {
    const key = JSON.stringify([settings.issuer, settings.clientId, settings.clientSecret]);
    let found = configurations.get(key);
    if (!found) {
      found = discover(settings);
      // A provider that was down is asked again next time.
      found.catch(() => configurations.delete(key));
      configurations.set(key, found);
    }
    return found;
  }
  return {
    async start(settings, redirectUri) {
      const config = await configurationOf(settings);
      const checks = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope,
        code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: "S256",
        state: checks.state,
        nonce: checks.nonce,
      });
      return { url, checks };
    },
    async finish(settings, callbackUrl, checks) {
      const config = await configurationOf(settings);
      try {
        const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: checks.codeVerifier,
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          idTokenExpected: true,
        });
        return await identityOf(config, settings, tokens);
      } catch (error) {
        if (error instanceof SsoFlowError) throw error;
        const refused = refusedCode(error);
        if (refused) throw refused;
        if (error instanceof TypeError || (error as { code?: string }).code === "OAUTH_TIMEOUT") {
          throw unavailable(settings.issuer);
        }
        throw new SsoFlowError(
          "unauthenticated",
          "The identity provider's answer could not be verified, so nobody was signed in; start again from the sign-in page, and if it keeps failing ask your IT team to check the provider's settings.",
        );
      }
    },
  };
}
