import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import { readHome } from "../../../app/home/read-home.ts";
import type { Remember } from "../../../app/read-profile.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { signedIn } from "../../authorize.ts";
import { problemResponses } from "../../problem-responses.ts";
import { type RevisionCache, requestScope } from "../../revision-cache.ts";
import { homeQuerySchema, homeSchema } from "./schema.ts";

/** What Home needs. */
export interface HomeDeps {
  db: Database;
  frameworks: FrameworkSource;
  cache: RevisionCache;
  now: () => Date;
}

const homeRoute = createRoute({
  method: "get",
  path: "/api/v1/me/home",
  tags: ["me"],
  summary: "Where you stand, your plan's progress and your tasks, in one answer",
  description:
    "Your current role, readiness for the role you are working towards with the top three gaps and how certain the picture is, your active plan's progress and next check-in, and your tasks soonest first. Managers also get counts of what is open across their team; admins across the organisation.",
  request: { query: homeQuerySchema },
  responses: {
    200: { description: "Home", content: { "application/json": { schema: homeSchema } } },
    ...problemResponses(400, 401, 403, 404),
  },
});

/**
 * Mounts Home: `GET /api/v1/me/home`, what the signed-in user sees first.
 *
 * @example
 * mountHome(app, { db, frameworks, cache, now });
 */
export function mountHome(app: OpenAPIHono<AppEnv>, deps: HomeDeps): void {
  app.openapi(homeRoute, async (c) => {
    const actor = signedIn(c);
    const { taskLimit } = c.req.valid("query");
    const remember: Remember = (key, compute) =>
      deps.cache.remember(requestScope(actor, c), key, compute);
    const home = await readHome({ ...deps, remember }, actor, {
      ...(taskLimit === undefined ? {} : { taskLimit }),
    });
    c.header("Cache-Control", "private, no-cache");
    return c.json(home, 200);
  });
}
