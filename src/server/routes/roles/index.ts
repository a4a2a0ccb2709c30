import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import { whatChanges } from "../../../engine/paths/what-changes.ts";
import { checkRoleId } from "../../../framework/check-role-id.ts";
import type { AppEnv } from "../../app-env.ts";
import { problemResponses } from "../../problem-responses.ts";
import { refuseIssues } from "../../refuse-issues.ts";
import { compareQuerySchema, roleChangeSchema } from "./schema.ts";

const compareRoute = createRoute({
  method: "get",
  path: "/api/v1/roles/compare",
  security: [],
  tags: ["roles"],
  summary: "What changes from one role to another",
  description:
    "Works without an account on this server's default framework; signed-in callers compare on their organisation's framework.",
  request: { query: compareQuerySchema },
  responses: {
    200: {
      description: "The comparison",
      content: { "application/json": { schema: roleChangeSchema } },
    },
    ...problemResponses(400),
  },
});

/**
 * Mounts `GET /api/v1/roles/compare`.
 *
 * @example
 * mountRoles(app, { frameworks });
 */
export function mountRoles(app: OpenAPIHono<AppEnv>, deps: { frameworks: FrameworkSource }): void {
  app.openapi(compareRoute, async (c) => {
    const query = c.req.valid("query");
    const actor = c.get("actor");
    const { framework, version } = await deps.frameworks.current(
      actor.kind === "user" ? actor.orgId : null,
    );
    refuseIssues("Compare two roles of the framework.", [
      ...checkRoleId(framework, query.from, "query.from"),
      ...checkRoleId(framework, query.to, "query.to"),
    ]);
    return c.json(
      { frameworkVersion: version, ...whatChanges(framework, query.from, query.to) },
      200,
    );
  });
}
