import { createHash } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./app-env.ts";
import { isSecureRequest } from "./auth/request-facts.ts";
import { revalidateCacheControl } from "./revalidate.ts";

/**
 * The policy of every answer that is not a page (JSON, problems, downloads, health checks, plain
 * text): it loads nothing, runs nothing and cannot be framed, even when opened in a tab.
 */
export const apiContentSecurityPolicy =
  "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

/** The policy of the built web app's pages: its own scripts, styles and images only. */
export const webContentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Sent with every answer, whatever it is. */
export const commonSecurityHeaders: Readonly<Record<string, string>> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

/** Sent with answers to clients that came over TLS: keep using https for half a year. */
export const strictTransportSecurity = "max-age=15552000";

function sourceHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * The policy of a self-contained page: exactly the inline styles and scripts given (by hash),
 * nothing from elsewhere; `connect` lets its scripts call this server.
 *
 * @example
 * const csp = inlinePageContentSecurityPolicy({ styles: [style], scripts: [script], connect: true });
 */
export function inlinePageContentSecurityPolicy(page: {
  styles: string[];
  scripts?: string[];
  connect?: boolean;
}): string {
  const scripts = page.scripts ?? [];
  return [
    "default-src 'none'",
    `style-src ${page.styles.map(sourceHash).join(" ") || "'none'"}`,
    `script-src ${scripts.map(sourceHash).join(" ") || "'none'"}`,
    `connect-src ${page.connect ? "'self'" : "'none'"}`,
    "img-src 'self'",
    "base-uri 'none'",
    `form-action ${page.connect ? "'self'" : "'none'"}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Puts one set of security headers on every response, whichever route, error or fallback made
 * it: the common headers, a Content-Security-Policy (the page's own when it set one, else
 * {@link apiContentSecurityPolicy}), `Cache-Control: no-store` on every signed-in or `/api`
 * answer that did not choose otherwise (and on signed-in ones, but for `private, no-cache` reads
 * that revalidate), and HSTS over TLS.
 * Register it first, so it wraps everything else.
 *
 * @example
 * app.use(securityHeaders({ proxyHops: 0 }));
 */
export function securityHeaders(options: { proxyHops: number }): MiddlewareHandler<AppEnv> {
  return async function addSecurityHeaders(c, next) {
    await next();
    let headers = c.res.headers;
    try {
      headers.set("x-content-type-options", "nosniff");
    } catch {
      // A response with immutable headers (such as Response.redirect's): copy it, then add them.
      c.res = new Response(c.res.body, c.res);
      headers = c.res.headers;
    }
    for (const [name, value] of Object.entries(commonSecurityHeaders)) headers.set(name, value);
    if (!headers.has("content-security-policy")) {
      headers.set("content-security-policy", apiContentSecurityPolicy);
    }
    // An answer for a signed-in user is theirs alone: no cache anywhere may keep it, unless it
    // is a read only their browser keeps and checks again before each use (revalidate.ts).
    if (c.get("user")) {
      if (headers.get("cache-control") !== revalidateCacheControl) {
        headers.set("cache-control", "no-store");
      }
    } else if (/^\/api(\/|$)/.test(c.req.path) && !headers.has("cache-control")) {
      headers.set("cache-control", "no-store");
    }
    if (isSecureRequest(c, options.proxyHops)) {
      headers.set("strict-transport-security", strictTransportSecurity);
    }
  };
}
