import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { isSecureRequest } from "./request-facts.ts";

/** The cookie that carries the session secret. */
export const sessionCookieName = "pathways_session";

/** How long the browser keeps the cookie by default: the sessions' absolute cap, 14 days. */
export const sessionMaxAgeSeconds = 14 * 24 * 60 * 60;

/** Reads the session secret from the request, if any. */
export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, sessionCookieName);
}

/**
 * Sets the session cookie: HttpOnly, SameSite=Lax, Secure whenever the client came over TLS.
 *
 * @example
 * writeSessionCookie(c, token, { proxyHops: 0 });
 */
export function writeSessionCookie(
  c: Context,
  token: string,
  options: { proxyHops: number; maxAgeSeconds?: number },
): void {
  setCookie(c, sessionCookieName, token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: isSecureRequest(c, options.proxyHops),
    path: "/",
    maxAge: options.maxAgeSeconds ?? sessionMaxAgeSeconds,
  });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(c: Context, options: { proxyHops: number }): void {
  deleteCookie(c, sessionCookieName, {
    httpOnly: true,
    sameSite: "Lax",
    secure: isSecureRequest(c, options.proxyHops),
    path: "/",
  });
}
