import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import { profileReadSchema } from "../../../app/profile-read-schema.ts";
import { roleFits } from "../../../engine/fit/role-fits.ts";
import { whereYouStand } from "../../../engine/profile/where-you-stand.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { problemResponses } from "../../problem-responses.ts";
import type { RevisionCache } from "../../revision-cache.ts";
import { mountPathsAndPlans } from "./paths-and-plans.ts";
import { personProfile } from "./person-profile.ts";
import { personParamSchema, roleFitSchema, standingSchema } from "./schema.ts";
import { mountTrend } from "./trend-route.ts";

/** What the engine-backed person reads need. */
export interface InsightsDeps {
  db: Database;
  frameworks: FrameworkSource;
  cache: RevisionCache;
}

const tags = ["insights"];
const errors = problemResponses(400, 401, 403, 404);
const json = <T extends z.ZodType>(schema: T) => ({ "application/json": { schema } });

const profileRoute = createRoute({
  method: "get",
  path: "/api/v1/people/{id}/profile",
  description:
    "The person and their managers see the profile: a level per competency from every submitted assessment they may be shown, how sure each level is, and why.",
  tags,
  summary: "A person's aggregated profile per competency",
  request: { params: personParamSchema },
  responses: { 200: { description: "The profile", content: json(profileReadSchema) }, ...errors },
});

const fitsRoute = createRoute({
  method: "get",
  path: "/api/v1/people/{id}/role-fits",
  description:
    "For the person and their managers: how close the profile is to every role of the framework, what is missing and why, best fit first.",
  tags,
  summary: "A person's fit for every role, with gaps and reasons",
  request: { params: personParamSchema },
  responses: {
    200: {
      description: "One fit per role",
      content: json(z.object({ frameworkVersion: z.string(), fits: z.array(roleFitSchema) })),
    },
    ...errors,
  },
});

const standingRoute = createRoute({
  method: "get",
  path: "/api/v1/people/{id}/standing",
  description:
    "For the person and their managers: where the profile sits on each track and competency against the person's current role.",
  tags,
  summary: "Where a person stands, per track and per competency",
  request: { params: personParamSchema },
  responses: {
    200: {
      description: "The standing",
      content: json(standingSchema.extend({ frameworkVersion: z.string() })),
    },
    ...errors,
  },
});

/**
 * Mounts the engine-backed reads about a person: profile, role fits, where they stand and their
 * trend. They are visible to whoever may read the person's submitted assessments.
 *
 * @example
 * mountInsights(app, { db, frameworks });
 */
export function mountInsights(app: OpenAPIHono<AppEnv>, deps: InsightsDeps): void {
  const profileFor = (c: Context<AppEnv>, id: string) => personProfile(c, deps, id);

  app.openapi(profileRoute, async (c) => {
    const { profile } = await profileFor(c, c.req.valid("param").id);
    return c.json(profile, 200);
  });

  app.openapi(fitsRoute, async (c) => {
    const { person, framework, version, profile } = await profileFor(c, c.req.valid("param").id);
    const fits = roleFits(framework, profile, {}, person.roleId);
    return c.json({ frameworkVersion: version, fits }, 200);
  });

  app.openapi(standingRoute, async (c) => {
    const { person, framework, version, profile } = await profileFor(c, c.req.valid("param").id);
    const fits = roleFits(framework, profile, {}, person.roleId);
    const standing = whereYouStand(framework, profile, fits, person.roleId);
    return c.json({ frameworkVersion: version, ...standing }, 200);
  });

  mountPathsAndPlans(app, { db: deps.db, profileFor });
  mountTrend(app, { db: deps.db, profileFor });
}
