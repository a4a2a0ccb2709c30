import type { z } from "@hono/zod-openapi";

/** Whether A and B are the same type, field for field (optional and nullable fields included). */
export type SameType<A, B> =
  (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;

/** An intersection written out as one object type, so `A & B` compares equal to its fields. */
type Flat<T> = { [K in keyof T]: T[K] };

/**
 * Ties a response schema to the type its handler returns: it compiles only when the schema's output
 * is exactly `T`, so a field added to (or dropped from) an engine type fails the build until the
 * schema, and with it the OpenAPI document and the web's generated types, follows.
 *
 * @example
 * export const gapSchema = exactSchema<Gap>()(z.object({ competency: z.string(), ... }));
 */
export function exactSchema<T>() {
  return <S extends z.ZodType>(
    schema: S &
      (SameType<Flat<z.output<S>>, Flat<T>> extends true
        ? unknown
        : "the schema's output is not T"),
  ): S => schema;
}
