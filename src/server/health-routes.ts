import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./app-env.ts";
import { problem } from "./problem.ts";

/**
 * Adds `/healthz` (the process answers) and `/readyz` (the database answers `select 1`).
 *
 * @example
 * mountHealth(app, { checkDatabase: () => db.execute(sql`select 1`) });
 */
export function mountHealth(
  app: OpenAPIHono<AppEnv>,
  options: { checkDatabase: () => Promise<unknown> },
): void {
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    try {
      await options.checkDatabase();
      return c.json({ status: "ready" });
    } catch {
      return problem(c, { kind: "unavailable", detail: "The database does not answer yet." });
    }
  });
}
