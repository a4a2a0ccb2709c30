import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import { placeEntry } from "../../../engine/placement/place-entry.ts";
import { aggregateProfile } from "../../../engine/profile/aggregate-profile.ts";
import type { Profile, Rating } from "../../../engine/types.ts";
import { checkRatings } from "../../../framework/check-ratings.ts";
import type { Framework } from "../../../framework/schema.ts";
import type { AppEnv } from "../../app-env.ts";
import { problemResponses } from "../../problem-responses.ts";
import { refuseIssues } from "../../refuse-issues.ts";
import { placementRequestSchema, placementSchema } from "./schema.ts";

/** A newcomer's self-ratings as a profile; nothing is stored. */
function selfProfile(framework: Framework, ratings: Rating[]): Profile {
  const assessment = {
    id: "newcomer-self",
    personId: "newcomer",
    raterId: "newcomer",
    raterKind: "self" as const,
    frameworkVersion: framework.version,
    submittedAt: new Date(0).toISOString(),
    ratings,
  };
  return aggregateProfile(framework, "newcomer", [assessment]);
}

const placeRoute = createRoute({
  method: "post",
  path: "/api/v1/placement",
  security: [],
  tags: ["placement"],
  summary: "Suggest where a newcomer enters the ladder",
  description:
    "Works without an account: signed-in callers are placed on their organisation's framework, others on this server's default framework.",
  request: {
    body: { required: true, content: { "application/json": { schema: placementRequestSchema } } },
  },
  responses: {
    200: {
      description: "The placement",
      content: { "application/json": { schema: placementSchema } },
    },
    ...problemResponses(400),
  },
});

/**
 * Mounts `POST /api/v1/placement`: entry placement from a background.
 *
 * @example
 * mountPlacement(app, { frameworks });
 */
export function mountPlacement(
  app: OpenAPIHono<AppEnv>,
  deps: { frameworks: FrameworkSource },
): void {
  app.openapi(placeRoute, async (c) => {
    const { background, ratings } = c.req.valid("json");
    const actor = c.get("actor");
    const { framework, version } = await deps.frameworks.current(
      actor.kind === "user" ? actor.orgId : null,
    );
    if (ratings)
      refuseIssues(
        "Some ratings do not fit the framework.",
        checkRatings(framework, ratings, "ratings"),
      );
    const profile = ratings ? selfProfile(framework, ratings) : undefined;
    const placement = placeEntry(framework, background, profile);
    const titles = new Map(framework.roles.map((role) => [role.id, role.title]));
    return c.json(
      {
        frameworkVersion: version,
        recommended: placement.recommended.map((entry) => ({
          ...entry,
          roleTitle: titles.get(entry.roleId) ?? entry.roleId,
        })),
        considered: placement.considered,
        reason: placement.reason,
      },
      200,
    );
  });
}
