import { createHash, randomBytes } from "node:crypto";
import type { Context } from "hono";
import { deleteCookie, getCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import type { SsoSettings } from "../../app/sso/sso-settings.ts";
import { isSecureRequest } from "../auth/request-facts.ts";
import type { SsoChecks } from "./oidc-client.ts";

/** What a started sign-in keeps in the browser until the provider sends it back. */
export interface SsoFlow {
  orgId: string;
  checks: SsoChecks;
  /** Where to go once signed in: a path of this site. */
  returnTo: string;
  invitationDigest?: string | undefined;
  /** Milliseconds since the epoch after which the flow is refused. */
  expiresAt: number;
}

const cookieName = "pathways_sso";
const cookiePath = "/api/v1/sso";
/** How long the browser has to come back from the provider. */
export const ssoFlowMaxAgeSeconds = 10 * 60;

// Without a client secret, flows are signed with a key of this process only.
const processKey = randomBytes(32).toString("base64url");

/** The key that signs the flow cookie: derived from the client secret, known to no browser. */
function signingKey(settings: Pick<SsoSettings, "clientSecret" | "issuer">): string {
  return createHash("sha256")
    .update(`pathways-sso-flow:${settings.issuer}:${settings.clientSecret ?? processKey}`)
    .digest("base64url");
}

/** Keeps the flow in a signed, HttpOnly, short-lived cookie sent only to the SSO routes. */
export async function writeSsoFlow(
  c: Context,
  flow: SsoFlow,
  settings: Pick<SsoSettings, "clientSecret" | "issuer">,
  proxyHops: number,
): Promise<void> {
  const value = Buffer.from(JSON.stringify(flow)).toString("base64url");
  await setSignedCookie(c, cookieName, value, signingKey(settings), {
    httpOnly: true,
    // Lax: the provider's redirect back is a top-level navigation, which carries it.
    sameSite: "Lax",
    secure: isSecureRequest(c, proxyHops),
    path: cookiePath,
    maxAge: ssoFlowMaxAgeSeconds,
  });
}

/** The flow's organisation, unverified: only to find which settings' key verifies it. */
export function peekSsoFlowOrg(c: Context): string | null {
  const [value] = (getCookie(c, cookieName) ?? "").split(".");
  if (!value) return null;
  try {
    const flow = JSON.parse(Buffer.from(value, "base64url").toString());
    return typeof flow?.orgId === "string" ? flow.orgId : null;
  } catch {
    return null;
  }
}

/** The flow of this browser if its signature holds and it has not expired, else null. */
export async function readSsoFlow(
  c: Context,
  settings: Pick<SsoSettings, "clientSecret" | "issuer">,
  now: Date,
): Promise<SsoFlow | null> {
  const value = await getSignedCookie(c, signingKey(settings), cookieName);
  if (!value) return null;
  try {
    const flow = JSON.parse(Buffer.from(value, "base64url").toString()) as SsoFlow;
    return flow.expiresAt > now.getTime() ? flow : null;
  } catch {
    return null;
  }
}

/** Ends the flow: a callback is answered once. */
export function clearSsoFlow(c: Context, proxyHops: number): void {
  deleteCookie(c, cookieName, { path: cookiePath, secure: isSecureRequest(c, proxyHops) });
}
