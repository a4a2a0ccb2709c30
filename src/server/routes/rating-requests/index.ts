import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import {
  type AskToRateDeps,
  askToRateCompetencies,
} from "../../../app/ask-to-rate-competencies.ts";
import type { AppEnv } from "../../app-env.ts";
import { signedIn } from "../../authorize.ts";
import { problemResponses } from "../../problem-responses.ts";
import { ratingRequestAskSchema, ratingRequestResultSchema } from "./schema.ts";

const askRoute = createRoute({
  method: "post",
  path: "/api/v1/rating-requests",
  tags: ["feedback"],
  summary: "Ask everyone, or a manager's people, to rate themselves on competencies (admins)",
  description:
    "After a new framework version adds competencies: each person gets a request to rate themselves in their feedback list, and a mail. People with the same request open, or who cannot sign in, are not asked; the answer counts them.",
  request: {
    body: { required: true, content: { "application/json": { schema: ratingRequestAskSchema } } },
  },
  responses: {
    201: {
      description: "Asked",
      content: { "application/json": { schema: ratingRequestResultSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

/**
 * Mounts asking people to rate themselves on competencies a new version added.
 *
 * @example
 * mountRatingRequests(app, { db, frameworks, publicUrl });
 */
export function mountRatingRequests(app: OpenAPIHono<AppEnv>, deps: AskToRateDeps): void {
  app.openapi(askRoute, async (c) => {
    const result = await askToRateCompetencies(deps, signedIn(c), c.req.valid("json"));
    return c.json({ ...result }, 201);
  });
}
