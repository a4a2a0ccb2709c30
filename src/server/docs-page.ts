import type { OpenAPIHono } from "@hono/zod-openapi";
import { inlinePageContentSecurityPolicy } from "./security-headers.ts";

/** The OpenAPI 3.1 document as the app generates it. */
export type OpenApiDocument = ReturnType<OpenAPIHono["getOpenAPI31Document"]>;

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: unknown[];
  requestBody?: unknown;
  responses?: Record<string, { description?: string }>;
}

const methods = ["get", "post", "put", "patch", "delete"] as const;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function block(title: string, value: unknown): string {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return "";
  return `<details><summary>${title}</summary><pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre></details>`;
}

function renderOperation(path: string, method: string, op: Operation): string {
  const responses = Object.entries(op.responses ?? {})
    .map(
      ([status, response]) =>
        `<li><code>${status}</code> ${escapeHtml(response.description ?? "")}</li>`,
    )
    .join("");
  return `<section class="op" id="${escapeHtml(`${method}-${path}`)}">
<h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(op.summary ?? "")}</p>${op.description ? `<p class="d">${escapeHtml(op.description)}</p>` : ""}
${block("Parameters", op.parameters)}${block("Request body", op.requestBody)}
<ul class="r">${responses}</ul></section>`;
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

const style = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2330}
h2{border-bottom:1px solid #d8dce5;padding-bottom:.3rem;margin-top:2rem}.op{border:1px solid #d8dce5;border-radius:6px;padding:.2rem 1rem;margin:.8rem 0}
.m{display:inline-block;min-width:4.2rem;font-size:.8rem;color:#fff;border-radius:4px;text-align:center;padding:.1rem .3rem}
.get{background:#2f6fb0}.post{background:#2e8540}.put,.patch{background:#a86b00}.delete{background:#b0302f}
pre{background:#f4f6f9;padding:.6rem;overflow:auto;font-size:.8rem}.d{color:#4a5263}nav a{margin-right:1rem}`;

/** The docs page's policy: its one inline style (by hash), no scripts, nothing from elsewhere. */
export const docsPageContentSecurityPolicy = inlinePageContentSecurityPolicy({ styles: [style] });

/**
 * Renders the OpenAPI document as one self-contained HTML page (no scripts, no external assets).
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
  const tags = [...byTag.keys()].sort();
  const nav = tags
    .map((tag) => `<a href="#tag-${escapeHtml(tag)}">${escapeHtml(tag)}</a>`)
    .join("");
  const sections = tags
    .map(
      (tag) =>
        `<h2 id="tag-${escapeHtml(tag)}">${escapeHtml(tag)}</h2>${(byTag.get(tag) ?? []).join("\n")}`,
    )
    .join("\n");
  const { title, version, description } = document.info;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)} API</title>
<style>${style}</style></head><body><h1>${escapeHtml(title)} <small>${escapeHtml(version)}</small></h1>
<p>${escapeHtml(description ?? "")}</p><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${escapeHtml(document.openapi)}).</p>
<nav>${nav}</nav>${sections}</body></html>`;
}
