import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import type { FrameworkLineage } from "../../../engine/profile/framework-lineage.ts";
import type { Framework } from "../../../framework/schema.ts";
import type { Database } from "../../../storage/database.ts";
import type { AnalyticsFramework } from "../../../storage/queries/analytics-aggregates.ts";
import { analyticsFromAggregates } from "../../../storage/queries/analytics-from-aggregates.ts";
import { personNames } from "../../../storage/queries/person-names.ts";
import type { AppEnv } from "../../app-env.ts";
import { audit } from "../../audit.ts";
import { authorize, signedIn } from "../../authorize.ts";
import { idParam } from "../../id-schema.ts";
import { loadPersonFacts } from "../../person-facts.ts";
import { problemResponses } from "../../problem-responses.ts";
import { type RevisionCache, requestScope } from "../../revision-cache.ts";
import { orgAnalyticsSchema, orgSummarySchema, teamAnalyticsSchema } from "./schema.ts";

/** What the analytics routes need. */
export interface AnalyticsDeps {
  db: Database;
  frameworks: FrameworkSource;
  cache: RevisionCache;
}

const ok = <T extends z.ZodType>(schema: T) => ({
  description: "The analytics",
  content: { "application/json": { schema } },
});

const orgRoute = createRoute({
  method: "get",
  path: "/api/v1/analytics/org",
  tags: ["analytics"],
  summary: "Organisation analytics (admins)",
  responses: { 200: ok(orgAnalyticsSchema), ...problemResponses(401, 403) },
});

const orgSummaryRoute = createRoute({
  method: "get",
  path: "/api/v1/analytics/org/summary",
  tags: ["analytics"],
  summary: "What the organisation page shows: distribution and span of control (admins)",
  description:
    "A small part of the organisation analytics, with the managers' names: a page that shows only these need not download the rest.",
  responses: { 200: ok(orgSummarySchema), ...problemResponses(401, 403) },
});

const teamRoute = createRoute({
  method: "get",
  path: "/api/v1/analytics/team/{managerId}",
  tags: ["analytics"],
  summary: "Analytics of a manager's reports, direct and indirect",
  request: {
    params: z.object({ managerId: idParam("managerId") }),
  },
  responses: { 200: ok(teamAnalyticsSchema), ...problemResponses(400, 401, 403, 404) },
});

function publishedFor(
  versionId: string | null,
  framework: Framework,
  lineage: FrameworkLineage,
): AnalyticsFramework {
  // Only the server's default outside any organisation has no stored version.
  if (versionId === null) throw new Error("Analytics need the organisation's published framework.");
  return { framework, versionId, lineage };
}

/**
 * Mounts team and organisation analytics; both are sensitive reads and are audited. Results are
 * kept until the organisation's data or its published framework changes.
 *
 * @example
 * mountAnalytics(app, { db, frameworks });
 */
export function mountAnalytics(app: OpenAPIHono<AppEnv>, deps: AnalyticsDeps): void {
  /** The organisation's analytics for an admin, computed once per revision, and the read audited. */
  async function readOrg(c: Context<AppEnv>) {
    const actor = signedIn(c);
    authorize(c, "analytics:org", { orgId: actor.orgId, ownerPersonId: null, managerChain: [] });
    const { framework, version, versionId, lineage } = await deps.frameworks.current(actor.orgId);
    const result = await deps.cache.remember(
      requestScope(actor, c),
      `analytics-org ${versionId ?? version}`,
      async () =>
        analyticsFromAggregates(deps.db, actor.orgId, publishedFor(versionId, framework, lineage)),
    );
    await audit(c, deps.db, {
      action: "analytics:org",
      targetType: "organisation",
      targetId: actor.orgId,
    });
    return { actor, result };
  }

  app.openapi(orgRoute, async (c) => {
    const { result } = await readOrg(c);
    return c.json({ ...result }, 200);
  });

  app.openapi(orgSummaryRoute, async (c) => {
    const { actor, result } = await readOrg(c);
    const { people, distribution, spanOfControl, reason } = result;
    const ids = spanOfControl.map((span) => span.managerId);
    const managers = await personNames(deps.db, actor.orgId, ids);
    return c.json({ people, distribution, spanOfControl, reason, managers }, 200);
  });

  app.openapi(teamRoute, async (c) => {
    const actor = signedIn(c);
    const { managerId } = c.req.valid("param");
    const { facts } = await loadPersonFacts(deps.db, actor, managerId);
    authorize(c, "analytics:team", facts);
    const { framework, version, versionId, lineage } = await deps.frameworks.current(actor.orgId);
    const result = await deps.cache.remember(
      requestScope(actor, c),
      `analytics-team ${managerId} ${versionId ?? version}`,
      async () => ({
        ...(await analyticsFromAggregates(
          deps.db,
          actor.orgId,
          publishedFor(versionId, framework, lineage),
          managerId,
        )),
        managerId,
      }),
    );
    await audit(c, deps.db, {
      action: "analytics:team",
      targetType: "person",
      targetId: managerId,
    });
    return c.json({ ...result }, 200);
  });
}
