import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./app-env.ts";
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
      "Career progression for product managers: people, assessments, evidence, growth plans and the engine's answers. Errors are application/problem+json (RFC 9457). State-changing requests with a session need the X-CSRF-Token header.",
  },
  tags: [],
};

/** The OpenAPI 3.1 document of an app, with the session cookie declared as its security scheme. */
export function openApiDocument(app: OpenAPIHono<AppEnv>): OpenApiDocument {
  return app.getOpenAPI31Document(documentConfig);
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
