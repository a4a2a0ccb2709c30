import { z } from "zod";
import { frameworkSchema } from "./schema.ts";

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodDefault || current instanceof z.ZodOptional) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function childOf(schema: z.ZodType, segment: string | number): z.ZodType | null {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject)
    return (inner.shape as Record<string, z.ZodType>)[segment] ?? null;
  if (inner instanceof z.ZodArray) return inner.element as z.ZodType;
  if (inner instanceof z.ZodRecord) return inner.valueType as z.ZodType;
  return null;
}

/** The schema describing the value at a document path, or null when the format has no such place. */
export function schemaAt(path: readonly (string | number)[]): z.ZodType | null {
  let schema: z.ZodType | null = frameworkSchema;
  for (const segment of path) {
    if (schema === null) return null;
    schema = childOf(schema, segment);
  }
  return schema;
}

/** Whether the value at a path may be left out: an optional field, a field with a default, or a map entry. */
export function isOmittable(path: readonly (string | number)[]): boolean {
  const parent = schemaAt(path.slice(0, -1));
  if (parent && unwrap(parent) instanceof z.ZodRecord) return true;
  const schema = schemaAt(path);
  return schema instanceof z.ZodDefault || schema instanceof z.ZodOptional;
}

/**
 * The field names the format allows at a document path, so an unknown key can suggest the right one.
 *
 * @example fieldsAt(["roles", 0]) // ["id", "title", "aliases", ...]
 */
export function fieldsAt(path: readonly (string | number)[]): string[] {
  const schema = schemaAt(path);
  const inner = schema ? unwrap(schema) : null;
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}
