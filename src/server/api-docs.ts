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
      "Career progression for product managers: people, assessments, evidence, growth plans and the engine's answers. Errors are application/problem+json (RFC 9457). State-changing requests with a session need the X-CSRF-Token header; scripts send a personal access token as Authorization: Bearer instead.",
  },
  tags: [],
};

/**
 * What every operation accepts unless it declares otherwise: the session cookie (with the
 * X-CSRF-Token header on writes) or a personal access token as `Authorization: Bearer pw_…`.
 * Public operations (setup, sign-in, the published framework…) declare `security: []`.
 */
export const defaultSecurity = [{ session: [] }, { bearer: [] }];

/** Every operation's security: its own declaration, or {@link defaultSecurity}. */
function withSecurity(document: OpenApiDocument): OpenApiDocument {
  for (const item of Object.values(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item ?? {})) {
      if (!httpMethods.has(method) || typeof operation !== "object" || operation === null) continue;
      const op = operation as { security?: unknown };
      op.security ??= defaultSecurity;
    }
  }
  return document;
}

const httpMethods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/**
 * The OpenAPI 3.1 document of an app, with both security schemes (session cookie, bearer token)
 * declared and applied on every operation that is not public.
 */
export function openApiDocument(app: OpenAPIHono<AppEnv>): OpenApiDocument {
  return withSecurity(app.getOpenAPI31Document(documentConfig));
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
