import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { cyclePoints } from "../../../app/cycles/cycle-points.ts";
import { competencyTrend } from "../../../engine/profile/competency-trend.ts";
import { cycleTrend } from "../../../engine/profile/cycle-trend.ts";
import type { Database } from "../../../storage/database.ts";
import { listAssessmentsInLineage } from "../../../storage/queries/assessments-in-lineage.ts";
import type { AppEnv } from "../../app-env.ts";
import { signedIn } from "../../authorize.ts";
import { problemResponses } from "../../problem-responses.ts";
import type { PersonProfile } from "./person-profile.ts";
import { competencyTrendSchema, personParamSchema } from "./schema.ts";

// Years of assessment rounds; the trend reads every submitted assessment of one person.
const historyLimit = 500;

const trendRoute = createRoute({
  method: "get",
  path: "/api/v1/people/{id}/trend",
  tags: ["insights"],
  summary: "How a person's level moved per competency over closed cycles, or their assessments",
  description:
    "For the person and their managers, so the direction shows: each closed cycle the person was in is a point, labelled with the cycle's name, from the snapshot kept when it closed; with no closed cycle yet, each submitted assessment is a point.",
  request: { params: personParamSchema },
  responses: {
    200: {
      description: "One trend per competency, oldest point first",
      content: {
        "application/json": {
          schema: z.object({
            frameworkVersion: z.string(),
            source: z
              .enum(["cycles", "assessments"])
              .openapi({ description: "What the points are: closed cycles, or assessments." }),
            trends: z.array(competencyTrendSchema),
          }),
        },
      },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

/**
 * Mounts `GET /api/v1/people/{id}/trend`, readable by whoever may read the person's profile.
 *
 * @example
 * mountTrend(app, { db, profileFor });
 */
export function mountTrend(
  app: OpenAPIHono<AppEnv>,
  deps: {
    db: Database;
    profileFor: (c: Context<AppEnv>, id: string) => Promise<PersonProfile>;
  },
): void {
  app.openapi(trendRoute, async (c) => {
    const { id } = c.req.valid("param");
    // Loading the profile applies the same policy check as the profile route.
    const { framework, version, lineage } = await deps.profileFor(c, id);
    const cycles = await cyclePoints(deps.db, signedIn(c).orgId, id);
    if (cycles.length > 0) {
      return c.json(
        {
          frameworkVersion: version,
          source: "cycles" as const,
          trends: cycleTrend(framework, cycles),
        },
        200,
      );
    }
    const history = await listAssessmentsInLineage(deps.db, lineage, {
      orgId: signedIn(c).orgId,
      personId: id,
      status: "submitted",
      limit: historyLimit,
    });
    return c.json(
      {
        frameworkVersion: version,
        source: "assessments" as const,
        trends: competencyTrend(framework, id, history),
      },
      200,
    );
  });
}
