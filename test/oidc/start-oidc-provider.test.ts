import * as client from "openid-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOidcProvider, type TestOidcProvider } from "./start-oidc-provider.ts";

const redirectUri = "http://localhost/callback";

describe("the test OpenID provider", () => {
  let idp: TestOidcProvider;
  beforeAll(async () => {
    idp = await startOidcProvider({
      redirectUris: [redirectUri],
      accounts: [{ subject: "ada-1", email: "ada@example.com", name: "Ada" }],
    });
  });
  afterAll(() => idp.close());

  it("signs an account in through the authorization code flow with PKCE", async () => {
    const config = await client.discovery(
      new URL(idp.issuer),
      idp.clientId,
      idp.clientSecret,
      undefined,
      {
        execute: [client.allowInsecureRequests],
      },
    );
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: "openid email profile",
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
    const back = await idp.completeLogin(url.href, "ada-1");
    expect(back.origin + back.pathname).toBe(redirectUri);
    const tokens = await client.authorizationCodeGrant(config, back, {
      pkceCodeVerifier: verifier,
      expectedState: state,
      expectedNonce: nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    expect(claims?.sub).toBe("ada-1");
    const info = await client.fetchUserInfo(config, tokens.access_token, "ada-1");
    expect(info.email).toBe("ada@example.com");
    expect(info.email_verified).toBe(true);
  });
});
