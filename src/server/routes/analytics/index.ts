import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context, TypedResponse } from "hono";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import type { OrgAnalytics } from "../../../engine/analytics/org-analytics-types.ts";
import type { FrameworkLineage } from "../../../engine/profile/framework-lineage.ts";
import type { Framework } from "../../../framework/schema.ts";
import type { Database } from "../../../storage/database.ts";
import type { AnalyticsFramework } from "../../../storage/queries/analytics-aggregates.ts";
import { currentAnalyticsAggregates } from "../../../storage/queries/analytics-from-aggregates.ts";
import { personNames } from "../../../storage/queries/person-names.ts";
import type { AppEnv } from "../../app-env.ts";
import { audit } from "../../audit.ts";
import { authorize, signedIn } from "../../authorize.ts";
import { idParam } from "../../id-schema.ts";
import type { OffThread } from "../../off-thread/off-thread.ts";
import { offThreadAggregates } from "../../off-thread/off-thread-aggregates.ts";
import { loadPersonFacts } from "../../person-facts.ts";
import { prepareJsonAsync, sendPreparedJson } from "../../prepared-json.ts";
import { problemResponses } from "../../problem-responses.ts";
import { type RevisionCache, requestScope } from "../../revision-cache.ts";
import type { AnalyticsAnswer } from "./analytics-answer.ts";
import {
  type OrgHeatmapPage,
  type OrgSpanPage,
  type OrgSummary,
  orgAnalyticsSchema,
  orgHeatmapPageSchema,
  orgHeatmapQuerySchema,
  orgSpanPageSchema,
  orgSpanQuerySchema,
  orgSummarySchema,
  teamAnalyticsSchema,
} from "./schema.ts";

/** What the analytics routes need. */
export interface AnalyticsDeps {
  db: Database;
  frameworks: FrameworkSource;
  cache: RevisionCache;
  offThread: OffThread;
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

const orgHeatmapRoute = createRoute({
  method: "get",
  path: "/api/v1/analytics/org/heatmap",
  tags: ["analytics"],
  summary: "Every team's competency heatmap, a page at a time (admins)",
  description:
    "The organisation analytics list only the largest teams; this reads all of them, in name order.",
  request: { query: orgHeatmapQuerySchema },
  responses: { 200: ok(orgHeatmapPageSchema), ...problemResponses(400, 401, 403) },
});

const orgSpanRoute = createRoute({
  method: "get",
  path: "/api/v1/analytics/org/span-of-control",
  tags: ["analytics"],
  summary: "Every manager's span of control, a page at a time (admins)",
  description:
    "The organisation analytics list only the managers furthest outside the guideline; this reads all of them, furthest outside first, with their names.",
  request: { query: orgSpanQuerySchema },
  responses: { 200: ok(orgSpanPageSchema), ...problemResponses(400, 401, 403) },
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
 * Mounts team and organisation analytics; both are sensitive reads and are audited. Answers are
 * computed on a worker thread and kept serialised and gzipped until the organisation's data or
 * its published framework changes, so a repeated read only sends bytes.
 *
 * @example
 * mountAnalytics(app, { db, frameworks, cache, offThread });
 */
export function mountAnalytics(app: OpenAPIHono<AppEnv>, deps: AnalyticsDeps): void {
  const compute = offThreadAggregates(deps.offThread);
  /** An answer at the request's revision: the aggregates read here, the engine off the thread. */
  async function answerFor(c: Context<AppEnv>, orgId: string, managerId?: string) {
    const { framework, version, versionId, lineage } = await deps.frameworks.current(orgId);
    const inUse = publishedFor(versionId, framework, lineage);
    const key = managerId === undefined ? "analytics-org" : `analytics-team ${managerId}`;
    return deps.cache.remember(
      requestScope({ orgId }, c),
      `${key} ${versionId ?? version}`,
      async (): Promise<AnalyticsAnswer> => {
        const texts = await currentAnalyticsAggregates(deps.db, orgId, inUse, managerId, compute);
        return deps.offThread.run("analyticsAnswer", { framework, texts, managerId });
      },
    );
  }

  /** The organisation's answer for an admin, and the read audited. */
  async function readOrg(c: Context<AppEnv>) {
    const actor = signedIn(c);
    authorize(c, "analytics:org", { orgId: actor.orgId, ownerPersonId: null, managerChain: [] });
    const answer = await answerFor(c, actor.orgId);
    await audit(c, deps.db, {
      action: "analytics:org",
      targetType: "organisation",
      targetId: actor.orgId,
    });
    return { actor, answer };
  }

  app.openapi(orgRoute, async (c) => {
    const { answer } = await readOrg(c);
    return sendPreparedJson(c, answer.body) as unknown as TypedResponse<OrgAnalytics, 200, "json">;
  });

  app.openapi(orgSummaryRoute, async (c) => {
    const { actor, answer } = await readOrg(c);
    const { versionId, version } = await deps.frameworks.current(actor.orgId);
    const body = await deps.cache.remember(
      requestScope(actor, c),
      `analytics-org-summary ${versionId ?? version}`,
      async () => {
        const { summary } = answer;
        const ids = summary.spanOfControl.map((span) => span.managerId);
        const managers = await personNames(deps.db, actor.orgId, ids);
        return prepareJsonAsync(JSON.stringify({ ...summary, managers }));
      },
    );
    return sendPreparedJson(c, body) as unknown as TypedResponse<OrgSummary, 200, "json">;
  });

  /** Every entry of a long organisation list, serialised once per revision on a worker. */
  async function orgEntries(
    c: Context<AppEnv>,
    task: "orgHeatmapEntries" | "orgSpanEntries",
  ): Promise<{ actor: ReturnType<typeof signedIn>; entries: string[] }> {
    const actor = signedIn(c);
    authorize(c, "analytics:org", { orgId: actor.orgId, ownerPersonId: null, managerChain: [] });
    const { framework, version, versionId, lineage } = await deps.frameworks.current(actor.orgId);
    const inUse = publishedFor(versionId, framework, lineage);
    const entries = await deps.cache.remember(
      requestScope(actor, c),
      `analytics-${task} ${versionId ?? version}`,
      async () => {
        const texts = await currentAnalyticsAggregates(
          deps.db,
          actor.orgId,
          inUse,
          undefined,
          compute,
        );
        return deps.offThread.run(task, { framework, texts });
      },
    );
    await audit(c, deps.db, {
      action: "analytics:org",
      targetType: "organisation",
      targetId: actor.orgId,
    });
    return { actor, entries };
  }

  app.openapi(orgHeatmapRoute, async (c) => {
    const { offset, limit } = c.req.valid("query");
    const { entries: teams } = await orgEntries(c, "orgHeatmapEntries");
    const end = Math.min(teams.length, offset + limit);
    const page: OrgHeatmapPage = {
      teams: teams.length,
      offset,
      items: teams.slice(offset, end).map((team) => JSON.parse(team)),
      nextOffset: end < teams.length ? end : null,
    };
    return c.json(page, 200);
  });

  app.openapi(orgSpanRoute, async (c) => {
    const { offset, limit } = c.req.valid("query");
    const { actor, entries } = await orgEntries(c, "orgSpanEntries");
    const end = Math.min(entries.length, offset + limit);
    const spans: OrgAnalytics["spanOfControl"] = entries
      .slice(offset, end)
      .map((entry) => JSON.parse(entry));
    const names = await personNames(
      deps.db,
      actor.orgId,
      spans.map((span) => span.managerId),
    );
    const nameOf = new Map(names.map((person) => [person.id, person.name]));
    const page: OrgSpanPage = {
      managers: entries.length,
      offset,
      items: spans.map((span) => ({ ...span, name: nameOf.get(span.managerId) ?? "A manager" })),
      nextOffset: end < entries.length ? end : null,
    };
    return c.json(page, 200);
  });

  app.openapi(teamRoute, async (c) => {
    const actor = signedIn(c);
    const { managerId } = c.req.valid("param");
    const { facts } = await loadPersonFacts(deps.db, actor, managerId);
    authorize(c, "analytics:team", facts);
    const answer = await answerFor(c, actor.orgId, managerId);
    await audit(c, deps.db, {
      action: "analytics:team",
      targetType: "person",
      targetId: managerId,
    });
    return sendPreparedJson(c, answer.body) as unknown as TypedResponse<
      OrgAnalytics & { managerId: string },
      200,
      "json"
    >;
  });
}
