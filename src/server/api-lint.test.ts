import { createConfig, lintFromString, type NormalizedProblem } from "@redocly/openapi-core";
import { beforeAll, describe, expect, it } from "vitest";
import { buildApiDocument } from "../../scripts/api-document.ts";
import type { OpenApiDocument } from "./docs-page.ts";

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

type Schema = Record<string, unknown>;

describe("the OpenAPI document", () => {
  let document: OpenApiDocument;
  let problems: NormalizedProblem[];
  beforeAll(async () => {
    document = await buildApiDocument();
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

  it("leaves no lint warning", () => {
    const warnings = problems.filter((problem) => problem.severity === "warn").map(located);
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
});
