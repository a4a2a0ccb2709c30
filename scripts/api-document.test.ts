import { describe, expect, it } from "vitest";
import { buildApiDocument } from "./api-document.ts";

type Schema = Record<string, unknown>;
interface Document {
  paths: Record<string, Record<string, { responses?: Record<string, Schema> }>>;
  components?: { schemas?: Record<string, Schema> };
}

const isSchema = (value: unknown): value is Schema =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** An object whose fields nobody described: `{}` / `true` extra properties, or no properties at all. */
function isUntypedObject(schema: Schema): boolean {
  const extra = schema.additionalProperties;
  const looseExtra =
    extra === undefined || extra === true || (isSchema(extra) && Object.keys(extra).length === 0);
  const hasProperties = isSchema(schema.properties) && Object.keys(schema.properties).length > 0;
  const isObject = schema.type === "object" || schema.additionalProperties !== undefined;
  return isObject && !hasProperties && looseExtra;
}

/** Every place in the JSON bodies of successful answers where an untyped object sits, by route. */
function untypedResponses(document: Document): string[] {
  const found: string[] = [];
  const resolve = (schema: Schema): Schema => {
    const ref = schema.$ref;
    if (typeof ref !== "string") return schema;
    return document.components?.schemas?.[ref.replace("#/components/schemas/", "")] ?? {};
  };
  const walk = (schema: Schema, where: string, seen: Set<Schema>) => {
    const target = resolve(schema);
    if (seen.has(target)) return;
    const inside = new Set(seen).add(target);
    if (isUntypedObject(target)) found.push(where);
    for (const [key, value] of Object.entries(target)) {
      if (key === "properties" && isSchema(value)) {
        for (const [name, field] of Object.entries(value))
          if (isSchema(field)) walk(field, `${where}.${name}`, inside);
      } else if ((key === "items" || key === "additionalProperties") && isSchema(value)) {
        walk(value, `${where}[]`, inside);
      } else if (["anyOf", "oneOf", "allOf"].includes(key) && Array.isArray(value)) {
        for (const option of value) if (isSchema(option)) walk(option, where, inside);
      }
    }
  };
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (!status.startsWith("2")) continue;
        const content = response.content;
        const body = isSchema(content) ? content["application/json"] : undefined;
        if (isSchema(body) && isSchema(body.schema))
          walk(body.schema, `${method.toUpperCase()} ${path} ${status}: body`, new Set());
      }
    }
  }
  return found;
}

describe("the OpenAPI document", () => {
  it("types every field of every successful JSON answer", async () => {
    const untyped = untypedResponses((await buildApiDocument()) as unknown as Document);
    expect(
      untyped,
      `untyped objects in answers (give them a schema):\n${untyped.join("\n")}`,
    ).toEqual([]);
  });

  it("names the route and field of an untyped record", () => {
    const document: Document = {
      paths: {
        "/api/v1/things": {
          get: {
            responses: {
              200: {
                content: {
                  "application/json": {
                    schema: {
                      type: "object",
                      properties: {
                        typed: { type: "object", additionalProperties: { type: "number" } },
                        items: { type: "array", items: { $ref: "#/components/schemas/Loose" } },
                      },
                    },
                  },
                },
              },
              400: { content: { "application/json": { schema: { type: "object" } } } },
            },
          },
        },
      },
      components: { schemas: { Loose: { type: "object", additionalProperties: {} } } },
    };
    expect(untypedResponses(document)).toEqual(["GET /api/v1/things 200: body.items[]"]);
  });
});
