import type { Context } from "hono";
import { requestOrigin } from "./auth/request-facts.ts";

/**
 * The address links in mails point to: the origin the request came in on, as the trusted proxy
 * hops tell it. The one place to read a configured public URL from instead.
 *
 * @example
 * const link = `${publicUrl(c, deps)}/invitation?token=…`;
 */
export function publicUrl(c: Context, deps: { proxyHops: number }): string {
  return requestOrigin(c, deps.proxyHops);
}
