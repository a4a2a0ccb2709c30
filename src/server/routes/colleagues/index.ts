import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { colleagueLimit, findColleagues } from "../../../app/find-colleagues.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { signedIn } from "../../authorize.ts";
import { problemResponses } from "../../problem-responses.ts";

/** What the colleague picker needs. */
export interface ColleaguesDeps {
  db: Database;
}

const colleagueSchema = z
  .object({ id: z.string(), name: z.string() })
  .meta({ id: "Colleague", description: "A colleague you may ask for feedback: their name only." });

const colleaguesQuerySchema = z.object({
  search: z.string().trim().max(100).optional().meta({ description: "Part of a name." }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(colleagueLimit)
    .optional()
    .meta({ description: "How many colleagues to list at most." }),
});

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/colleagues",
  tags: ["people"],
  summary: "Colleagues you can ask for feedback, by name (names only)",
  description:
    "People of your organisation other than you, matching a part of their name; only id and name, so choosing someone reveals nothing else about them.",
  request: { query: colleaguesQuerySchema },
  responses: {
    200: {
      description: "Colleagues, by name",
      content: {
        "application/json": { schema: z.object({ items: z.array(colleagueSchema) }) },
      },
    },
    ...problemResponses(400, 401, 403),
  },
});

/**
 * Mounts the colleague picker: `GET /api/v1/colleagues?search=`, names to ask for feedback.
 *
 * @example
 * mountColleagues(app, { db });
 */
export function mountColleagues(app: OpenAPIHono<AppEnv>, deps: ColleaguesDeps): void {
  app.openapi(listRoute, async (c) => {
    const { search, limit } = c.req.valid("query");
    const items = await findColleagues(deps.db, signedIn(c), {
      ...(search ? { search } : {}),
      ...(limit === undefined ? {} : { limit }),
    });
    return c.json({ items }, 200);
  });
}
