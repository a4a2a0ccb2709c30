import type { Context } from "hono";

/**
 * The token of an `Authorization: Bearer …` header, or undefined when the request sends none (or
 * another scheme). A bearer request is answered only as the token's owner, never as a cookie's.
 *
 * @example const token = readBearerToken(c); // "pw_…"
 */
export function readBearerToken(c: Context): string | undefined {
  const header = c.req.header("authorization");
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}
