import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { readAuditLog } from "../../../app/read-audit-log.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { signedIn } from "../../authorize.ts";
import { pageQuerySchema, pageRequest, pageSchema, toPage } from "../../pagination.ts";
import { problemResponses } from "../../problem-responses.ts";
import { auditEntrySchema, auditQuerySchema } from "./schema.ts";

/** What the audit route needs. */
export interface AuditDeps {
  db: Database;
}

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/audit",
  tags: ["audit"],
  summary: "Read the audit log (admins)",
  description:
    "Every write and sensitive read, newest first, in words: who did what to whom, and when. Filter by action, by the acting account, by target and by time.",
  request: { query: pageQuerySchema.extend(auditQuerySchema.shape) },
  responses: {
    200: {
      description: "A page of audit entries",
      content: { "application/json": { schema: pageSchema(auditEntrySchema) } },
    },
    ...problemResponses(400, 401, 403),
  },
});

const moment = (value: string | undefined) =>
  value === undefined ? undefined : new Date(value.length === 10 ? `${value}T00:00:00Z` : value);

/**
 * Mounts `GET /api/v1/audit`, the organisation's audit trail for admins and owners.
 *
 * @example
 * mountAudit(app, { db });
 */
export function mountAudit(app: OpenAPIHono<AppEnv>, deps: AuditDeps): void {
  app.openapi(listRoute, async (c) => {
    const { limit, cursor, from, to, ...filters } = c.req.valid("query");
    const page = pageRequest({ limit, cursor });
    const entries = await readAuditLog(
      deps.db,
      signedIn(c),
      { ...filters, from: moment(from), to: moment(to) },
      { limit: page.limit + 1, offset: page.offset },
    );
    return c.json(toPage(entries, page), 200);
  });
}
