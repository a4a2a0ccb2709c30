import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** SCIM's media type (RFC 7644). */
export const scimContentType = "application/scim+json";

/** A SCIM error answer (RFC 7644 §3.12): status as a string, an optional scimType, a detail. */
export function scimError(
  c: Context,
  status: ContentfulStatusCode,
  detail: string,
  scimType?: string,
): Response {
  return c.body(
    JSON.stringify({
      schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
      status: String(status),
      ...(scimType ? { scimType } : {}),
      detail,
    }),
    status,
    { "content-type": scimContentType },
  );
}
