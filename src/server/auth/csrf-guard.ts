import type { MiddlewareHandler } from "hono";
import { problem } from "../problem.ts";
import { readBearerToken } from "./bearer-token.ts";
import { requestOrigin } from "./request-facts.ts";
import { readSessionCookie } from "./session-cookie.ts";
import { csrfTokenFor, sameSecret } from "./tokens.ts";

/** The header a signed-in client echoes the CSRF token in. */
export const csrfHeaderName = "x-csrf-token";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Guards state-changing requests against cross-site request forgery, in two layers.
 *
 * 1. Origin check: a request whose `Origin` is another site, or whose `Sec-Fetch-Site` says
 *    cross-site, is refused — this covers sign-in and setup, which have no session yet.
 * Requests with `Authorization: Bearer` skip both: a browser never sends that header by itself,
 * and such a request is answered as the token's owner alone (see session-actor.ts).
 *
 * 2. Session-bound token: with a session cookie, the `X-CSRF-Token` header must carry the token
 *    derived from that session's secret (handed out by login and `GET /api/v1/session`). Another
 *    site can neither read it nor compute it, and nothing extra is stored.
 *
 * @example
 * app.use("/api/*", csrfGuard({ proxyHops: 0 }));
 */
export function csrfGuard(options: { proxyHops: number }): MiddlewareHandler {
  return async function guardCsrf(c, next) {
    if (safeMethods.has(c.req.method)) return next();
    // A bearer token is sent by a script, never added by a browser on its own: nothing to forge.
    // The request is then answered as the token's owner only, never as the cookie's.
    if (readBearerToken(c) !== undefined) return next();
    const origin = c.req.header("origin");
    const site = c.req.header("sec-fetch-site");
    if (site === "cross-site" || (origin && origin !== requestOrigin(c, options.proxyHops))) {
      return problem(c, {
        kind: "forbidden",
        detail:
          "Requests that change data must come from this site; this one came from another origin.",
      });
    }
    const session = readSessionCookie(c);
    if (session !== undefined) {
      const sent = c.req.header(csrfHeaderName) ?? "";
      if (!sameSecret(sent, csrfTokenFor(session))) {
        return problem(c, {
          kind: "forbidden",
          detail: "This page is out of date for your session; reload it and try again.",
          errors: [
            {
              path: `header.${csrfHeaderName}`,
              message: sent ? "Does not match the session." : "Missing.",
              hint: "Send the csrfToken from POST /api/v1/session/login or GET /api/v1/session/me in the X-CSRF-Token header.",
            },
          ],
        });
      }
    }
    return next();
  };
}
