import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

function firstOf(header: string | undefined): string | undefined {
  const first = header?.split(",")[0]?.trim();
  return first ? first : undefined;
}

/** True when the client reached us over TLS, directly or (with trustProxy) through a proxy. */
export function isSecureRequest(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === "https:") return true;
  return trustProxy && firstOf(c.req.header("x-forwarded-proto"))?.toLowerCase() === "https";
}

/** The origin the client used, e.g. `https://pathways.example.com`. */
export function requestOrigin(c: Context, trustProxy: boolean): string {
  const url = new URL(c.req.url);
  const host = (trustProxy ? firstOf(c.req.header("x-forwarded-host")) : undefined) ?? url.host;
  return `${isSecureRequest(c, trustProxy) ? "https" : "http"}://${host}`;
}

/** The client's address: the socket peer, or (with trustProxy) the first X-Forwarded-For hop. */
export function clientIp(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? firstOf(c.req.header("x-forwarded-for")) : undefined;
  if (forwarded) return forwarded;
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // In-process requests (app.request in tests) have no socket to ask.
    return "unknown";
  }
}
