import { z } from "@hono/zod-openapi";

/**
 * Every id the API takes — in a path, a query or a body — is a UUID, accepted in either case and
 * lower-cased once here, so storage, policy checks and caches only ever see the canonical form.
 *
 * @example idSchema.parse("1900A08F-5C0A-431D-A21E-4637919FCD60") // "1900a08f-5c0a-…"
 */
export const idSchema = idSaying("must be an id (a UUID), as the API gives it");

/**
 * {@link idSchema} with its own refusal, for a parameter whose hint should say where its id
 * comes from.
 *
 * @example idSaying("reportsTo must be the id of a person, as the people list gives it")
 */
export function idSaying(message: string) {
  return z.uuid(message).toLowerCase();
}

/** An id path parameter (`{name}`), as {@link idSchema} reads it. */
export function idParam(name: string) {
  return idSchema.openapi({ param: { name, in: "path" } });
}
