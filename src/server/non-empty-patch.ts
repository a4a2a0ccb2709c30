import type { z } from "@hono/zod-openapi";

/**
 * Refuses a change that sets nothing: an empty object (or one of only undefined fields) is a 400
 * naming the fields that can be set, instead of an update with nothing to write.
 *
 * @example export const evidencePatchSchema = nonEmptyPatch(z.strictObject({ title: ... }));
 */
export function nonEmptyPatch<T extends z.ZodObject>(schema: T): T {
  const fields = Object.keys(schema.shape).join(", ");
  return schema.refine(
    (value: Record<string, unknown>) => Object.values(value).some((field) => field !== undefined),
    {
      message: "The body changes nothing: it sets no field.",
      params: { hint: `Send at least one of the fields that can be set: ${fields}.` },
    },
  );
}
