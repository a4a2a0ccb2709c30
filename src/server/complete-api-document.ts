import type { OpenApiDocument } from "./docs-page.ts";

type Schema = Record<string, unknown>;
interface Operation {
  operationId?: string;
  security?: unknown;
  parameters?: Array<{ name: string; in: string; description?: string; schema?: Schema }>;
}

const httpMethods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/**
 * What every operation accepts unless it declares otherwise: the session cookie (with the
 * X-CSRF-Token header on writes) or a personal access token as `Authorization: Bearer pw_…`.
 * Public operations (setup, sign-in, the published framework…) declare `security: []`.
 */
export const defaultSecurity = [{ session: [] }, { bearer: [] }];

const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
const camel = (text: string): string =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map(capital)
    .join("");

/**
 * The operationId an operation gets when its route declares none: the method, then the path's
 * words, `{id}` read as "By id" — stable, unique and URL-safe.
 *
 * @example
 * operationIdFor("get", "/api/v1/people/{id}/evidence"); // "getPeopleByIdEvidence"
 */
export function operationIdFor(method: string, path: string): string {
  const words = path
    .replace(/^\/api\/v1\/?/, "")
    .split("/")
    .filter(Boolean)
    .map((segment) => {
      const param = /^\{(.+)\}$/.exec(segment);
      return param ? `By${camel(param[1] ?? "")}` : camel(segment);
    });
  return `${method.toLowerCase()}${words.join("")}`;
}

/** What the collection a path id belongs to holds, in the singular: `people` → "person". */
const singular: Record<string, string> = {
  people: "person",
  "people-directory": "person",
  evidence: "evidence entry",
  analytics: "manager",
  "promotion-cases": "promotion case",
  "feedback-requests": "feedback request",
  "rating-requests": "rating request",
  "invitation-links": "invitation",
};

/**
 * The description of a path parameter a route left undescribed, from where it sits: the id after
 * `/people/` is "The person's id".
 */
function pathParameterDescription(path: string, name: string): string {
  const segments = path.split("/");
  const at = segments.indexOf(`{${name}}`);
  const collection = at > 0 ? (segments[at - 1] ?? "") : "";
  const noun =
    singular[collection] ??
    (name.endsWith("Id") ? name.slice(0, -2) : collection.replace(/-/g, " ").replace(/s$/, ""));
  if (name === "token") return `The token from the link sent by mail, as the link carries it.`;
  const owner = noun === "" ? "The" : `The ${noun}'s`;
  return name === "id" || name.endsWith("Id")
    ? `${owner} id, as Pathways gave it.`
    : `${owner} ${name}.`;
}

function completeOperation(path: string, method: string, operation: Operation): void {
  operation.operationId ??= operationIdFor(method, path);
  operation.security ??= defaultSecurity;
  for (const parameter of operation.parameters ?? []) {
    const described = parameter.description ?? parameter.schema?.description;
    if (typeof described === "string") parameter.description = described;
    else if (parameter.in === "path")
      parameter.description = pathParameterDescription(path, parameter.name);
  }
}

/**
 * Applies the API's conventions to the generated document, so every route inherits them: each
 * operation gets an operationId (from {@link operationIdFor}) and security (both schemes unless
 * it declares its own), each path parameter a description, each named schema an example composed
 * from its fields' examples. What must be written by hand — summaries, descriptions, tags, the
 * descriptions of query parameters and schemas — is checked by `scripts/api-document.test.ts`.
 *
 * @example
 * const document = completeApiDocument(app.getOpenAPI31Document(config));
 */
export function completeApiDocument(document: OpenApiDocument): OpenApiDocument {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item ?? {})) {
      if (!httpMethods.has(method) || typeof operation !== "object" || operation === null) continue;
      completeOperation(path, method, operation as Operation);
    }
  }
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  for (const schema of Object.values(schemas)) {
    if (schema.example === undefined) schema.example = composeExample(schema, schemas);
  }
  return document;
}

/** Default-framework ids, so composed examples name things that exist. */
const frameworkExamples = { competency: "strategy", role: "senior-pm", track: "ic" };

/** Plain-words examples of the free-text fields that recur across the API, by field name. */
const textExamples: Record<string, string> = {
  team: "Payments",
  title: "Lead the pricing review",
  outcome: "Activation up 12% in six weeks",
  measure: "A pricing decision backed by three experiments",
  notes: "Ran the pricing review; next, share it with sales.",
  feedback: "Clear write-up; bring sales in earlier.",
  text: "Run a pricing experiment with the growth team",
  reason: "Meets what the role expects on every competency but strategy, one level below.",
  summary: "Owns a product area end to end and sets its direction with the team.",
  message: "Could you rate my strategy work on the pricing review?",
  note: "Led the pricing review from discovery to launch.",
  successMeans: "Leading a product line within two years",
};

/** Values tried, in order, for a field whose pattern the name-based guess does not match. */
const patternCandidates = [
  frameworkExamples.role,
  "1.0.0",
  "2026-06-01",
  "export:people",
  "/people",
  "abc123",
  "3",
];

function stringFor(schema: Schema, key: string): string {
  const longest = typeof schema.maxLength === "number" ? schema.maxLength : undefined;
  const guess = guessString(schema, key).slice(0, longest);
  if (typeof schema.pattern !== "string") return guess;
  const pattern = new RegExp(schema.pattern);
  return [guess, ...patternCandidates].find((value) => pattern.test(value)) ?? guess;
}

function guessString(schema: Schema, key: string): string {
  const format = schema.format;
  if (format === "date-time") return "2026-06-01T09:30:00.000Z";
  if (format === "date") return "2026-06-01";
  if (format === "email" || /email/i.test(key)) return "ava@example.com";
  if (format === "uri" || format === "url" || /url$/i.test(key))
    return "https://pathways.example.com";
  if (format === "uuid" || key === "id" || /Id$/.test(key)) {
    if (/competenc/i.test(key)) return frameworkExamples.competency;
    if (/role/i.test(key)) return frameworkExamples.role;
    if (/track/i.test(key)) return frameworkExamples.track;
    return "1900a08f-5c0a-431d-a21e-4637919fcd60";
  }
  if (/competenc/i.test(key)) return frameworkExamples.competency;
  if (/role/i.test(key)) return frameworkExamples.role;
  if (/track/i.test(key)) return frameworkExamples.track;
  if (/(^|[a-z])(At|Date|date|On|Until|Since)$/.test(key)) return "2026-06-01";
  if (/name$/i.test(key)) return "Ava Lindqvist";
  if (textExamples[key]) return textExamples[key];
  if (/title$/i.test(key)) return "Senior Product Manager";
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  const words =
    key === "" ? "Example" : capital(key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase());
  return words.length >= min ? words : words.padEnd(min, ".");
}

function numberFor(schema: Schema, type: string): number {
  const min = typeof schema.minimum === "number" ? schema.minimum : undefined;
  const max = typeof schema.maximum === "number" ? schema.maximum : undefined;
  const preferred = max === 100 ? 60 : type === "integer" ? 3 : 3.5;
  if (min !== undefined && preferred < min) return min;
  if (max !== undefined && preferred > max) return max;
  return preferred;
}

/**
 * An example of a JSON schema, built from the examples its fields give, else from the field's
 * kind, format, bounds and name (competency and role fields name default-framework ids).
 */
export function composeExample(
  schema: Schema,
  schemas: Record<string, Schema>,
  key = "",
  depth = 0,
): unknown {
  if (depth > 8) return null;
  const ref = schema.$ref;
  if (typeof ref === "string") {
    const target = schemas[ref.replace("#/components/schemas/", "")] ?? {};
    return target.example ?? composeExample(target, schemas, key, depth + 1);
  }
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  for (const combiner of ["anyOf", "oneOf"] as const) {
    const options = schema[combiner];
    if (Array.isArray(options)) {
      const option = (options as Schema[]).find((one) => one.type !== "null") ?? options[0];
      return composeExample(option as Schema, schemas, key, depth + 1);
    }
  }
  if (Array.isArray(schema.allOf)) {
    return Object.assign(
      {},
      ...(schema.allOf as Schema[]).map((part) => composeExample(part, schemas, key, depth + 1)),
    );
  }
  const type = Array.isArray(schema.type)
    ? (schema.type as string[]).find((one) => one !== "null")
    : schema.type;
  if (type === "object" || schema.properties !== undefined) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const example: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(properties))
      example[name] = composeExample(property, schemas, name, depth + 1);
    const extra = schema.additionalProperties;
    if (Object.keys(properties).length === 0 && typeof extra === "object" && extra !== null) {
      const entryKey = /role/i.test(key) ? frameworkExamples.role : frameworkExamples.competency;
      example[entryKey] = composeExample(extra as Schema, schemas, entryKey, depth + 1);
    }
    return example;
  }
  if (type === "array") {
    const items = (schema.items ?? {}) as Schema;
    const least = typeof schema.minItems === "number" ? schema.minItems : 0;
    // Deep in a recursive schema (a condition of conditions), an empty list ends the example.
    const count = depth > 4 ? least : Math.max(1, least);
    const one = composeExample(items, schemas, key.replace(/s$/, ""), depth + 1);
    return Array.from({ length: count }, () => one);
  }
  if (type === "string") return stringFor(schema, key);
  if (type === "integer" || type === "number") return numberFor(schema, type);
  if (type === "boolean") return true;
  return null;
}
