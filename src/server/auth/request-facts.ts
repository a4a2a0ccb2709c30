import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/** The most reverse proxies Pathways can be told to trust in front of it. */
export const maxProxyHops = 10;

/**
 * The number of reverse proxies in front of the server whose X-Forwarded-* headers are believed:
 * `false` or 0 believes none, `true` is one proxy. Throws on anything that is not a whole number
 * from 0 to {@link maxProxyHops}.
 *
 * @example
 * proxyHopsOf(true); // 1
 */
export function proxyHopsOf(trustProxy: boolean | number | undefined): number {
  if (trustProxy === undefined || trustProxy === false) return 0;
  if (trustProxy === true) return 1;
  if (!Number.isInteger(trustProxy) || trustProxy < 0 || trustProxy > maxProxyHops) {
    throw new RangeError(
      `trustProxy must be the number of reverse proxies in front of Pathways, a whole number from 0 to ${maxProxyHops}; got ${trustProxy}.`,
    );
  }
  return trustProxy;
}

function firstOf(header: string | undefined): string | undefined {
  const first = header?.split(",")[0]?.trim();
  return first ? first : undefined;
}

/** True when the client reached us over TLS, directly or (behind trusted proxies) through one. */
export function isSecureRequest(c: Context, proxyHops: number): boolean {
  if (new URL(c.req.url).protocol === "https:") return true;
  return proxyHops > 0 && firstOf(c.req.header("x-forwarded-proto"))?.toLowerCase() === "https";
}

/** The origin the client used, e.g. `https://pathways.example.com`. */
export function requestOrigin(c: Context, proxyHops: number): string {
  const url = new URL(c.req.url);
  const host = (proxyHops > 0 ? firstOf(c.req.header("x-forwarded-host")) : undefined) ?? url.host;
  return `${isSecureRequest(c, proxyHops) ? "https" : "http"}://${host}`;
}

/**
 * The address `proxyHops` hops from the right of X-Forwarded-For: each trusted proxy appends the
 * address it received the request from, so the entries to the left of those were written by the
 * client and prove nothing. A shorter list than the proxies trusted yields its leftmost entry.
 */
function forwardedClient(header: string | undefined, proxyHops: number): string | undefined {
  if (proxyHops === 0 || header === undefined) return undefined;
  const hops = header
    .split(",")
    .map((hop) => hop.trim())
    .filter((hop) => hop !== "");
  if (hops.length === 0) return undefined;
  return hops[Math.max(0, hops.length - proxyHops)];
}

/**
 * The client's address: the socket peer, or behind `proxyHops` trusted proxies the address the
 * outermost of them saw (see {@link forwardedClient}).
 */
export function clientIp(c: Context, proxyHops: number): string {
  const forwarded = forwardedClient(c.req.header("x-forwarded-for"), proxyHops);
  if (forwarded) return forwarded;
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // In-process requests (app.request in tests) have no socket to ask.
    return "unknown";
  }
}
