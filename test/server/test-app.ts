import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../src/server/app-env.ts";
import { type CreateAppOptions, createApp } from "../../src/server/create-app.ts";
import { storageFrameworkSource } from "../../src/server/storage-framework-source.ts";
import type { Database, DatabaseKind } from "../../src/storage/database.ts";
import { openTestDatabase } from "../db.ts";
import { buildFramework } from "../factories.ts";

/** An app over a fresh in-memory database, for in-process route tests. */
export interface TestApp {
  app: OpenAPIHono<AppEnv>;
  db: Database;
  close: () => Promise<void>;
}

/**
 * Builds the app on a fresh migrated test database (in-memory PGlite by default, or a throwaway
 * PostgreSQL database) with the test framework.
 *
 * @example
 * const { app, close } = await createTestApp();
 */
export async function createTestApp(
  options: Partial<CreateAppOptions> = {},
  kind: DatabaseKind = "pglite",
): Promise<TestApp> {
  const database = await openTestDatabase(kind);
  const app = createAppOnDatabase(database.db, options);
  return { app, db: database.db, close: database.close };
}

/**
 * Builds another app on an existing database, as a restarted or second server would be.
 *
 * @example
 * const second = createAppOnDatabase(test.db);
 */
export function createAppOnDatabase(
  db: Database,
  options: Partial<CreateAppOptions> = {},
): OpenAPIHono<AppEnv> {
  const framework = buildFramework();
  const frameworks = storageFrameworkSource({
    db,
    defaultFramework: { framework, source: JSON.stringify(framework) },
  });
  return createApp({ db, frameworks, ...options });
}

/** Request options for a JSON body, with extra headers (cookie, CSRF token). */
export function jsonRequest(
  method: string,
  body: unknown,
  headers: Record<string, string> = {},
): RequestInit {
  return {
    method,
    body: typeof body === "string" ? body : JSON.stringify(body),
    headers: { "content-type": "application/json", ...headers },
  };
}
