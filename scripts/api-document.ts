import type { FrameworkSource } from "../src/app/framework-source.ts";
import { createApp } from "../src/server/create-app.ts";
import type { OpenApiDocument } from "../src/server/docs-page.ts";
import type { Database } from "../src/storage/database.ts";

/** A dependency the document never touches: building it must not reach a database. */
function unused<T extends object>(what: string): T {
  return new Proxy({} as T, {
    get(_target, property) {
      throw new Error(`Building the OpenAPI document used ${what}.${String(property)}.`);
    },
  });
}

/**
 * The OpenAPI document exactly as `GET /api/openapi.json` serves it, built in-process from the
 * app's routes without a database.
 *
 * @example
 * const document = await buildApiDocument();
 * Object.keys(document.paths); // ["/api/v1/setup", ...]
 */
export async function buildApiDocument(): Promise<OpenApiDocument> {
  const app = createApp({
    db: unused<Database>("db"),
    frameworks: unused<FrameworkSource>("frameworks"),
  });
  const response = await app.request("/api/openapi.json");
  if (!response.ok) throw new Error(`GET /api/openapi.json answered ${response.status}.`);
  return (await response.json()) as OpenApiDocument;
}
