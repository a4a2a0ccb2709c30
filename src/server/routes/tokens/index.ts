import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import {
  createPersonalToken,
  listPersonalTokens,
  revokePersonalToken,
} from "../../../app/personal-access-tokens.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { signedIn } from "../../authorize.ts";
import { problemResponses } from "../../problem-responses.ts";
import {
  apiTokenSchema,
  createdApiTokenSchema,
  newApiTokenSchema,
  tokenIdParamSchema,
} from "./schema.ts";

/** What the token routes need. */
export interface TokenDeps {
  db: Database;
  now: () => Date;
}

const tags = ["tokens"];

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/me/tokens",
  description:
    "The signed-in person's personal access tokens: name, scope, last use and expiry, never the token itself.",
  tags,
  summary: "My personal access tokens (for scripts)",
  responses: {
    200: {
      description: "Every token of the signed-in account, newest first",
      content: { "application/json": { schema: z.object({ items: z.array(apiTokenSchema) }) } },
    },
    ...problemResponses(401, 403),
  },
});

const createTokenRoute = createRoute({
  method: "post",
  path: "/api/v1/me/tokens",
  tags,
  summary: "Create a personal access token",
  description:
    "The token acts as you under the same rules, read-only or read-write, until it expires (90 days by default, one year at most) or is revoked. The answer is the only time the token is shown. Sign in to create one: a token cannot create tokens.",
  request: {
    body: { required: true, content: { "application/json": { schema: newApiTokenSchema } } },
  },
  responses: {
    201: {
      description: "Created",
      content: { "application/json": { schema: createdApiTokenSchema } },
    },
    ...problemResponses(400, 401, 403),
  },
});

const revokeRoute = createRoute({
  method: "delete",
  path: "/api/v1/me/tokens/{id}",
  tags,
  summary: "Revoke one of my tokens",
  description: "It stops working at once.",
  request: { params: tokenIdParamSchema },
  responses: {
    200: { description: "Revoked", content: { "application/json": { schema: apiTokenSchema } } },
    ...problemResponses(400, 401, 403, 404),
  },
});

/**
 * Mounts the personal access token routes under `/api/v1/me/tokens`.
 *
 * @example
 * mountTokens(app, { db, now });
 */
export function mountTokens(app: OpenAPIHono<AppEnv>, deps: TokenDeps): void {
  app.openapi(listRoute, async (c) => {
    const items = await listPersonalTokens(deps.db, signedIn(c), deps.now());
    return c.json({ items }, 200);
  });

  app.openapi(createTokenRoute, async (c) => {
    const made = await createPersonalToken(deps.db, signedIn(c), c.req.valid("json"), deps.now());
    return c.json({ token: made.token, details: made.view }, 201);
  });

  app.openapi(revokeRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await revokePersonalToken(deps.db, signedIn(c), id, deps.now()), 200);
  });
}
