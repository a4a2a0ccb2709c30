import type { OpenAPIHono } from "@hono/zod-openapi";
import { inlinePageContentSecurityPolicy } from "./security-headers.ts";

/** The OpenAPI 3.1 document as the app generates it. */
export type OpenApiDocument = ReturnType<OpenAPIHono["getOpenAPI31Document"]>;

type Schema = Record<string, unknown>;
interface Content {
  schema?: Schema;
  example?: unknown;
}
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}
interface Operation {
  summary?: string;
  description?: string;
  operationId?: string;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, Content> };
  responses?: Record<string, { description?: string; content?: Record<string, Content> }>;
}

const methods = ["get", "post", "put", "patch", "delete"] as const;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const isSchema = (value: unknown): value is Schema =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const refName = (ref: string): string => ref.replace("#/components/schemas/", "");
const anchor = (name: string): string => `schema-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;

/** A schema's type in words, with named schemas as links to their section. */
function typeOf(schema: Schema): string {
  if (typeof schema.$ref === "string") {
    const name = refName(schema.$ref);
    return `<a href="#${anchor(name)}">${escapeHtml(name)}</a>`;
  }
  if (Array.isArray(schema.enum))
    return `one of ${schema.enum.map((value) => `<code>${escapeHtml(String(value))}</code>`).join(", ")}`;
  if (schema.const !== undefined) return `<code>${escapeHtml(String(schema.const))}</code>`;
  for (const combiner of ["anyOf", "oneOf", "allOf"] as const) {
    const options = schema[combiner];
    if (Array.isArray(options))
      return options
        .filter(isSchema)
        .map(typeOf)
        .join(combiner === "allOf" ? " and " : " or ");
  }
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type];
  const words = types.filter(Boolean).map((type) => {
    if (type === "array")
      return `list of ${isSchema(schema.items) ? typeOf(schema.items) : "values"}`;
    if (type === "object" && isSchema(schema.additionalProperties))
      return `map of ${typeOf(schema.additionalProperties)}`;
    if (type === "string" && typeof schema.format === "string") return `string (${schema.format})`;
    return String(type);
  });
  return words.join(" or ") || "any";
}

/** The fields of an inline object schema as a nested list; named schemas link to their section. */
function fieldsOf(schema: Schema, depth = 0): string {
  const inner =
    Array.isArray(schema.type) || schema.type === "array"
      ? isSchema(schema.items) && !schema.items.$ref
        ? schema.items
        : undefined
      : schema;
  const properties = isSchema(inner?.properties) ? inner.properties : undefined;
  if (!properties || depth > 3) return "";
  const required = new Set(Array.isArray(inner?.required) ? (inner.required as string[]) : []);
  const rows = Object.entries(properties)
    .filter((entry): entry is [string, Schema] => isSchema(entry[1]))
    .map(([name, field]) => {
      const need = required.has(name) ? " <em>required</em>" : "";
      const description =
        typeof field.description === "string" ? ` — ${escapeHtml(field.description)}` : "";
      return `<li><code>${escapeHtml(name)}</code> ${typeOf(field)}${need}${description}${fieldsOf(field, depth + 1)}</li>`;
    });
  return `<ul class="f">${rows.join("")}</ul>`;
}

/** One body (request or response): its media type, shape and fields. */
function bodyOf(content: Record<string, Content> | undefined): string {
  return Object.entries(content ?? {})
    .map(([type, { schema }]) => {
      if (!schema) return `<p><code>${escapeHtml(type)}</code></p>`;
      return `<p><code>${escapeHtml(type)}</code>: ${typeOf(schema)}</p>${fieldsOf(schema)}`;
    })
    .join("");
}

function parametersOf(parameters: Parameter[] | undefined): string {
  if (!parameters || parameters.length === 0) return "";
  const rows = parameters
    .map((parameter) => {
      const need = parameter.required ? " <em>required</em>" : "";
      const type = parameter.schema ? typeOf(parameter.schema) : "";
      return `<li><code>${escapeHtml(parameter.name)}</code> (${escapeHtml(parameter.in)}) ${type}${need} — ${escapeHtml(parameter.description ?? "")}</li>`;
    })
    .join("");
  return `<h4>Parameters</h4><ul class="f">${rows}</ul>`;
}

function renderOperation(path: string, method: string, op: Operation): string {
  const request = op.requestBody
    ? `<h4>Request body${op.requestBody.required ? "" : " (optional)"}</h4>${bodyOf(op.requestBody.content)}`
    : "";
  const responses = Object.entries(op.responses ?? {})
    .map(
      ([status, response]) =>
        `<li><code>${escapeHtml(status)}</code> ${escapeHtml(response.description ?? "")}${bodyOf(response.content)}</li>`,
    )
    .join("");
  const id = op.operationId ?? `${method}-${path}`;
  return `<section class="op" id="${escapeHtml(id)}" aria-labelledby="${escapeHtml(id)}-h">
<h3 id="${escapeHtml(id)}-h"><span class="m ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(op.summary ?? "")}</p>${op.description ? `<p class="d">${escapeHtml(op.description)}</p>` : ""}
<details><summary>Parameters, request and responses</summary>${parametersOf(op.parameters)}${request}<h4>Responses</h4><ul class="r">${responses}</ul></details></section>`;
}

function renderSchema(name: string, schema: Schema): string {
  const description =
    typeof schema.description === "string" ? `<p>${escapeHtml(schema.description)}</p>` : "";
  const example =
    schema.example === undefined
      ? ""
      : `<h4>Example</h4><pre>${escapeHtml(JSON.stringify(schema.example, null, 2))}</pre>`;
  const shape = schema.properties ? "" : `<p>${typeOf(schema)}</p>`;
  return `<section class="op" id="${anchor(name)}" aria-labelledby="${anchor(name)}-h"><h3 id="${anchor(name)}-h">${escapeHtml(name)}</h3>${description}<details><summary>Fields and example</summary>${shape}${fieldsOf(schema)}${example}</details></section>`;
}

function operationsOf(document: OpenApiDocument): Array<[string, string, Operation]> {
  const rows: Array<[string, string, Operation]> = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of methods) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (op) rows.push([path, method, op]);
    }
  }
  return rows;
}

// Method badges: white text on colours dark enough for small text (contrast at least 4.5:1).
const style = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2330;background:#fff}
h2{border-bottom:1px solid #d8dce5;padding-bottom:.3rem;margin-top:2rem}h3{font-size:1.05rem;overflow-wrap:anywhere}h4{font-size:.95rem;margin:.8rem 0 .2rem}
.op{border:1px solid #d8dce5;border-radius:6px;padding:.2rem 1rem;margin:.8rem 0}summary{cursor:pointer;margin:.4rem 0}
.m{display:inline-block;min-width:4.2rem;font-size:.8rem;color:#fff;border-radius:4px;text-align:center;padding:.1rem .3rem}
.get{background:#1f5a94}.post{background:#1d6630}.put,.patch{background:#7a4d00}.delete{background:#9a2422}
pre{background:#f4f6f9;padding:.6rem;overflow:auto;font-size:.8rem}.d{color:#3f4657}.f,.r{padding-left:1.2rem}.f .f{margin:.2rem 0}
em{color:#3f4657;font-size:.85em}a{color:#1a56a8}nav a{margin-right:1rem;display:inline-block}code{overflow-wrap:anywhere}`;

/** The docs page's policy: its one inline style (by hash), no scripts, nothing from elsewhere. */
export const docsPageContentSecurityPolicy = inlinePageContentSecurityPolicy({ styles: [style] });

/**
 * Renders the OpenAPI document as one self-contained HTML page (no scripts, no external assets):
 * operations by tag with their parameters, request and response bodies (fields listed, named
 * schemas linked), then every named schema with its fields and example.
 *
 * @example
 * app.get("/api/docs", (c) => c.html(renderDocsPage(app.getOpenAPI31Document(config))));
 */
export function renderDocsPage(document: OpenApiDocument): string {
  const byTag = new Map<string, string[]>();
  for (const [path, method, op] of operationsOf(document)) {
    const tag = op.tags?.[0] ?? "other";
    byTag.set(tag, [...(byTag.get(tag) ?? []), renderOperation(path, method, op)]);
  }
  const declared = (document.tags ?? []).map((tag) => tag.name);
  const tags = [
    ...declared.filter((tag) => byTag.has(tag)),
    ...[...byTag.keys()].filter((tag) => !declared.includes(tag)).sort(),
  ];
  const descriptions = new Map((document.tags ?? []).map((tag) => [tag.name, tag.description]));
  const tagId = (tag: string) => `tag-${tag.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  const nav = tags
    .map((tag) => `<a href="#${tagId(tag)}">${escapeHtml(tag)}</a>`)
    .concat(`<a href="#schemas">schemas</a>`)
    .join("");
  const sections = tags
    .map((tag) => {
      const about = descriptions.get(tag);
      return `<section class="tag" id="${tagId(tag)}" aria-labelledby="${tagId(tag)}-h"><h2 id="${tagId(tag)}-h">${escapeHtml(tag)}</h2>${about ? `<p>${escapeHtml(about)}</p>` : ""}${(byTag.get(tag) ?? []).join("\n")}</section>`;
    })
    .join("\n");
  const schemas = Object.entries((document.components?.schemas ?? {}) as Record<string, Schema>)
    .map(([name, schema]) => renderSchema(name, schema))
    .join("\n");
  const { title, version, description } = document.info;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)} API</title>
<style>${style}</style></head><body><header><h1>${escapeHtml(title)} API <small>${escapeHtml(version)}</small></h1>
<p>${escapeHtml(description ?? "")}</p><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${escapeHtml(document.openapi)}).</p>
<nav aria-label="Sections">${nav}</nav></header><main>${sections}<section id="schemas" aria-labelledby="schemas-h"><h2 id="schemas-h">schemas</h2>${schemas}</section></main></body></html>`;
}
