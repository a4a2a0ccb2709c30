import type { OpenAPIHono } from "@hono/zod-openapi";
import { apiTags } from "./api-tags.ts";
import type { AppEnv } from "./app-env.ts";
import { completeApiDocument } from "./complete-api-document.ts";
import {
  docsPageContentSecurityPolicy,
  type OpenApiDocument,
  renderDocsPage,
} from "./docs-page.ts";

const documentConfig = {
  openapi: "3.1.0",
  info: {
    title: "Pathways",
    version: "1.0.0",
    description:
      "Career progression for product managers: people, assessments, evidence, growth plans and the engine's answers. Errors are application/problem+json (RFC 9457): a title per kind of problem, a detail saying what to do and, for refused input, each value to fix. State-changing requests with a session need the X-CSRF-Token header; scripts send a personal access token as Authorization: Bearer instead.",
    license: { name: "MIT", identifier: "MIT" },
    contact: { name: "Pathways", url: "https://pathways.dev" },
  },
  servers: [
    {
      url: "/",
      description: "The Pathways server that serves this document (self-hosted, any address).",
    },
  ],
  tags: apiTags.map((tag) => ({ ...tag })),
};

/**
 * The OpenAPI 3.1 document of an app, with the API's conventions applied to every operation
 * (see {@link completeApiDocument}).
 */
export function openApiDocument(app: OpenAPIHono<AppEnv>): OpenApiDocument {
  return completeApiDocument(app.getOpenAPI31Document(documentConfig));
}

/**
 * Serves the OpenAPI document at `/api/openapi.json` and a self-contained HTML rendering of it at
 * `/api/docs`, built once on first request (routes do not change while running).
 *
 * @example
 * mountApiDocs(app); // after every route is registered
 */
export function mountApiDocs(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "pathways_session",
    description:
      "The session cookie set by POST /api/v1/session/login; writes also need the X-CSRF-Token header.",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description:
      "A personal access token (pw_…) created under My profile, Tokens for scripts; acts as its owner, read-only or read-write, and needs no CSRF header.",
  });
  let document: OpenApiDocument | undefined;
  let page: string | undefined;
  const built = () => {
    document ??= openApiDocument(app);
    page ??= renderDocsPage(document);
    return { document, page };
  };
  app.get("/api/openapi.json", (c) => c.json(built().document));
  app.get("/api/docs", (c) =>
    c.html(built().page, 200, { "content-security-policy": docsPageContentSecurityPolicy }),
  );
}
