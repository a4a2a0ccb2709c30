import type { z } from "@hono/zod-openapi";

type AnySchema = z.ZodType & { clone(def: object): z.ZodType };

/** What a named component is called in the OpenAPI document, with what it holds. */
export type ComponentName = string | { name: string; description: string };

function fill(schema: z.ZodType, names: ReadonlyMap<z.ZodType, ComponentName>): z.ZodType {
  const filled = rebuild(schema as AnySchema, names);
  const named = names.get(schema);
  if (named === undefined) return filled;
  return typeof named === "string"
    ? filled.openapi(named)
    : filled.openapi(named.name, { description: named.description });
}

function rebuild(schema: AnySchema, names: ReadonlyMap<z.ZodType, ComponentName>): z.ZodType {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const inner = (key: string) => fill(def[key] as z.ZodType, names);
  switch (def.type) {
    case "default":
      return inner("innerType");
    case "optional":
    case "nullable":
      return schema.clone({ ...def, innerType: inner("innerType") });
    case "array":
      return schema.clone({ ...def, element: inner("element") });
    case "record":
      return schema.clone({ ...def, valueType: inner("valueType") });
    case "union":
      return schema.clone({
        ...def,
        options: (def.options as z.ZodType[]).map((option) => fill(option, names)),
      });
    case "object": {
      const shape = Object.fromEntries(
        Object.entries(def.shape as Record<string, z.ZodType>).map(([key, field]) => [
          key,
          fill(field, names),
        ]),
      );
      return schema.clone({ ...def, shape });
    }
    default:
      return schema;
  }
}

/**
 * The schema of a value as the server answers it: a `.default()` is filled in by the time a value
 * is stored, so every defaulted field is required in the answer (the OpenAPI generator would
 * otherwise mark it optional). Schemas named in `names` become named components.
 *
 * @example
 * const documentSchema = filledSchema(frameworkSchema, new Map([[roleSchema, "Role"]]));
 */
export function filledSchema<S extends z.ZodType>(
  schema: S,
  names: ReadonlyMap<z.ZodType, ComponentName> = new Map(),
): z.ZodType<z.output<S>> {
  return fill(schema, names) as z.ZodType<z.output<S>>;
}
