import { readFileSync } from "node:fs";
import { createConfig, lintFromString, type NormalizedProblem } from "@redocly/openapi-core";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { OpenApiDocument } from "../src/server/docs-page.ts";
import { buildApiDocument } from "./api-document.ts";

type Schema = Record<string, unknown>;

/** Built once: every check of this file reads the same document. */
const built = buildApiDocument();

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
    const untyped = untypedResponses((await built) as unknown as Document);
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

/**
 * Redocly's recommended rules, plus the API's own conventions made errors: every operation
 * described and tagged with a declared tag, every parameter described, every example valid.
 */
const rules = {
  "operation-description": "error",
  "operation-operationId": "error",
  "operation-tag-defined": "error",
  "parameter-description": "error",
  "tag-description": "error",
  "info-contact": "error",
  "no-invalid-schema-examples": "error",
  "no-invalid-media-type-examples": "error",
  "no-invalid-parameter-examples": "error",
} as const;

/** What to change in the code for each rule, so a new route's author knows exactly what to add. */
const fixes: Record<string, string> = {
  "operation-summary": 'add `summary: "…"` (a short sentence) to the route\'s createRoute({...})',
  "operation-description":
    "add `description: \"…\"` to the route's createRoute({...}): who may call it and what it does, in a PM's words",
  "operation-tag-defined":
    "tag the route with a tag listed in src/server/api-tags.ts, or add the new tag there with a description",
  "parameter-description":
    'describe the parameter in its zod schema: `.openapi({ description: "…", example: … })`',
  "no-invalid-schema-examples":
    "fix the example in the schema's `.openapi({ example })` so it passes the schema (use default-framework ids such as strategy or senior-pm)",
  "no-invalid-media-type-examples": "fix the example so it passes the schema",
  "operation-2xx-response": "list the success answer in the route's `responses`",
  "operation-4xx-response": "add `...problemResponses(400, …)` to the route's `responses`",
  "tag-description": "give the tag a description in src/server/api-tags.ts",
};

function located(problem: NormalizedProblem): string {
  const pointer = problem.location[0]?.pointer ?? "";
  const where = decodeURIComponent(pointer.replace(/^#\//, ""))
    .replace(/~1/g, "/")
    .replace(/~0/g, "~");
  const fix = fixes[problem.ruleId];
  return `${problem.ruleId} at ${where}: ${problem.message}${fix ? `\n    → ${fix}` : ""}`;
}

/**
 * Warnings that stand, each for a reason (as Redocly's ignore file would list them): single
 * sign-on's start and callback answer with a redirect, never a success body, and two status
 * reads that anyone may make have no client error to answer.
 */
const acceptedWarnings = new Set([
  "operation-2xx-response at paths//api/v1/sso/start/get/responses",
  "operation-2xx-response at paths//api/v1/sso/callback/get/responses",
  "operation-4xx-response at paths//api/v1/setup/get/responses",
  "operation-4xx-response at paths//api/v1/sso/get/responses",
  "operation-4xx-response at paths//api/v1/session/get/responses",
]);

describe("the OpenAPI document's lint and conventions", () => {
  let document: OpenApiDocument;
  let problems: NormalizedProblem[];
  beforeAll(async () => {
    document = await built;
    const config = await createConfig({ extends: ["recommended"], rules });
    problems = await lintFromString({
      source: JSON.stringify(document),
      absoluteRef: "openapi.json",
      config,
    });
  }, 30_000);

  it("passes Redocly's recommended lint and the API's conventions with no error", () => {
    const errors = problems.filter((problem) => problem.severity === "error").map(located);
    expect(errors, `OpenAPI lint errors:\n${errors.join("\n")}`).toEqual([]);
  });

  it("leaves no lint warning but the accepted ones", () => {
    const warnings = problems
      .filter((problem) => problem.severity === "warn")
      .map(located)
      .filter((warning) => !acceptedWarnings.has(warning.split(":")[0] ?? ""));
    expect(warnings, `OpenAPI lint warnings:\n${warnings.join("\n")}`).toEqual([]);
  });

  it("describes every named schema and gives it an example", () => {
    const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
    const missing = Object.entries(schemas).flatMap(([name, schema]) => [
      ...(typeof schema.description === "string" && schema.description.length > 0
        ? []
        : [
            `${name}: add a description — \`.openapi("${name}", { description: "…" })\` on its zod schema`,
          ]),
      ...(schema.example === undefined ? [`${name}: give it an example`] : []),
    ]);
    expect(missing, `schemas to describe:\n${missing.join("\n")}`).toEqual([]);
  });

  it("names only competencies and roles of the default framework in its examples", () => {
    const framework = parse(readFileSync("frameworks/product-management.yaml", "utf8")) as {
      competencies: Array<{ id: string }>;
      roles: Array<{ id: string }>;
    };
    const known = {
      competenc: new Set(framework.competencies.map((competency) => competency.id)),
      role: new Set(framework.roles.map((role) => role.id)),
    };
    const orgRoles = new Set(["member", "admin", "owner"]);
    const wrong: string[] = [];
    const check = (value: unknown, key: string, where: string) => {
      if (Array.isArray(value)) {
        for (const item of value) check(item, key, `${where}[]`);
      } else if (isSchema(value)) {
        for (const [name, inner] of Object.entries(value)) check(inner, name, `${where}.${name}`);
      } else if (typeof value === "string" && /^[a-z][a-z0-9-]*$/.test(value)) {
        // An account's organisation role (member, admin, owner) is not a role of the ladder.
        if (orgRoles.has(value)) return;
        for (const [word, ids] of Object.entries(known))
          if (
            new RegExp(`^${word}|${word}(s|Id|Ids)?$`, "i").test(key) &&
            !key.endsWith("Name") &&
            !ids.has(value)
          )
            wrong.push(
              `${where}: "${value}" is not a ${word === "role" ? "role" : "competency"} of frameworks/product-management.yaml`,
            );
      }
    };
    const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
    for (const [name, schema] of Object.entries(schemas)) check(schema.example, "", name);
    expect(wrong, wrong.join("\n")).toEqual([]);
  });
});
