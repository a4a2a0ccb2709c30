import type { MiddlewareHandler } from "hono";
import { etag } from "hono/etag";

/**
 * The cache policy of a read the browser may keep but must check each time: only the user's
 * own browser keeps it (`private`), and it asks again before every use (`no-cache`), so each
 * request is still authorised; an unchanged answer comes back as a bodiless 304.
 */
export const revalidateCacheControl = "private, no-cache";

/**
 * Gives a GET's successful answer an ETag (a hash of its body) and {@link revalidateCacheControl},
 * and answers `If-None-Match` with 304 when the body would be the same. The route runs in full
 * either way — policy, audit and all — so only the bytes are saved, never a check.
 *
 * @example app.use("/api/v1/frameworks/current", revalidate());
 */
export function revalidate(): MiddlewareHandler {
  const tag = etag({ weak: true });
  return async function revalidateRead(c, next) {
    if (c.req.method !== "GET") return next();
    await tag(c, async () => {
      await next();
      if (c.res.status === 200) c.header("cache-control", revalidateCacheControl);
    });
  };
}
