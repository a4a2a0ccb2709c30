import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { readOutbox } from "../../../app/mail/read-outbox.ts";
import { retryMail } from "../../../app/mail/retry-mail.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { signedIn } from "../../authorize.ts";
import { idParam } from "../../id-schema.ts";
import { pageQuerySchema, pageRequest, pageSchema, toPage } from "../../pagination.ts";
import { problemResponses } from "../../problem-responses.ts";
import { outboxMailSchema, outboxQuerySchema } from "./schema.ts";

/** What the Outbox routes need. */
export interface OutboxDeps {
  db: Database;
  now: () => Date;
}

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/outbox",
  tags: ["outbox"],
  summary: "List the mails Pathways sends (admins)",
  description:
    "Every mail, newest first, with how it stands and its link. Without an SMTP server, mails are kept here so their links can be passed on by hand.",
  request: { query: pageQuerySchema.extend(outboxQuerySchema.shape) },
  responses: {
    200: {
      description: "A page of mails",
      content: { "application/json": { schema: pageSchema(outboxMailSchema) } },
    },
    ...problemResponses(400, 401, 403),
  },
});

const retryRoute = createRoute({
  method: "post",
  path: "/api/v1/outbox/{id}/retry",
  tags: ["outbox"],
  summary: "Send a failed mail again (admins)",
  description:
    "Puts a failed mail back in the queue with fresh attempts; the worker sends it at once.",
  request: { params: z.object({ id: idParam("id") }) },
  responses: {
    200: {
      description: "The mail, waiting to be sent",
      content: { "application/json": { schema: outboxMailSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

/**
 * Mounts the admins' Outbox: `GET /api/v1/outbox` and `POST /api/v1/outbox/{id}/retry`.
 *
 * @example
 * mountOutbox(app, { db, now: () => new Date() });
 */
export function mountOutbox(app: OpenAPIHono<AppEnv>, deps: OutboxDeps): void {
  app.openapi(listRoute, async (c) => {
    const { limit, cursor, status } = c.req.valid("query");
    const page = pageRequest({ limit, cursor });
    const mails = await readOutbox(
      deps.db,
      signedIn(c),
      { statuses: status ? [status] : undefined },
      { limit: page.limit + 1, offset: page.offset },
    );
    return c.json(toPage(mails, page), 200);
  });

  app.openapi(retryRoute, async (c) => {
    const { id } = c.req.valid("param");
    const mail = await retryMail(deps.db, signedIn(c), id, deps.now());
    return c.json(mail, 200);
  });
}
