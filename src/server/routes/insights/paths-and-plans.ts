import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { agreedStartingPoint } from "../../../app/plans/agreed-starting-point.ts";
import { withAgreedLevels } from "../../../engine/alignment/with-agreed-levels.ts";
import { roleFits } from "../../../engine/fit/role-fits.ts";
import { findPaths } from "../../../engine/paths/find-paths.ts";
import { pathTargets } from "../../../engine/paths/path-targets.ts";
import { draftGrowthPlan } from "../../../engine/plans/draft-growth-plan.ts";
import { checkRoleId } from "../../../framework/check-role-id.ts";
import type { Framework } from "../../../framework/schema.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { problemResponses } from "../../problem-responses.ts";
import { refuseIssues } from "../../refuse-issues.ts";
import type { PersonProfile } from "./person-profile.ts";
import { careerPathSchema, growthPlanDraftSchema, personParamSchema } from "./schema.ts";

const roleId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, "role ids are lower-case words joined by dashes")
  .max(100);
const errors = problemResponses(400, 401, 403, 404);
const json = <T extends z.ZodType>(schema: T) => ({ "application/json": { schema } });

const pathsRoute = createRoute({
  method: "get",
  path: "/api/v1/people/{id}/paths",
  description:
    "For the person and their managers: the best routes over the career graph from the current role, each step with its gaps and why it is on the route. Promotions, the IC switch and lateral moves all count.",
  tags: ["insights"],
  summary: "The best routes from the person's role to target roles, each step explained",
  request: {
    params: personParamSchema,
    query: z.object({
      target: roleId.optional().openapi({
        param: { name: "target", in: "query" },
        description:
          "One role to route to. Without it: the person's target roles plus the next role their profile names on each track (so a track filter always has something to show), or every reachable role when they chose no target.",
      }),
      k: z.coerce
        .number()
        .int()
        .min(1)
        .max(5)
        .default(3)
        .openapi({
          param: { name: "k", in: "query" },
          description: "How many routes to show per target role, from 1 to 5.",
        }),
    }),
  },
  responses: {
    200: {
      description:
        "Paths: moves forward or at the same scope before any step back, then best fit for the person (and their preferred tracks) first",
      content: json(z.object({ frameworkVersion: z.string(), paths: z.array(careerPathSchema) })),
    },
    ...errors,
  },
});

const planDraftRoute = createRoute({
  method: "get",
  path: "/api/v1/people/{id}/plan-draft",
  description:
    "For the person and their managers: a draft growth plan towards the chosen role, from the gaps between the profile and what the role expects. Nothing is stored until a plan is started.",
  tags: ["insights"],
  summary: "A growth plan draft towards a target role, from the person's gaps",
  request: {
    params: personParamSchema,
    query: z.object({
      target: roleId.openapi({
        param: { name: "target", in: "query" },
        description: "The role the plan works towards, such as senior-pm.",
      }),
    }),
  },
  responses: {
    200: { description: "The draft", content: json(growthPlanDraftSchema) },
    ...errors,
  },
});

function checkRole(framework: Framework, id: string | undefined): void {
  refuseIssues("Choose a role of the framework.", checkRoleId(framework, id, "query.target"));
}

/** Mounts the person's paths and growth plan draft (engine-backed reads). */
export function mountPathsAndPlans(
  app: OpenAPIHono<AppEnv>,
  deps: {
    db: Database;
    profileFor: (c: Context<AppEnv>, id: string) => Promise<PersonProfile>;
  },
): void {
  app.openapi(pathsRoute, async (c) => {
    const { target, k } = c.req.valid("query");
    const { person, framework, version, profile } = await deps.profileFor(
      c,
      c.req.valid("param").id,
    );
    checkRole(framework, target);
    const known = new Set(framework.roles.map((role) => role.id));
    const from = person.roleId && known.has(person.roleId) ? person.roleId : null;
    const fits = roleFits(framework, profile, {}, person.roleId);
    const wanted = target ? [target] : pathTargets(framework, profile, fits, person);
    const paths = findPaths(framework, {
      from,
      profile,
      fits,
      k,
      ...(wanted && wanted.length > 0 ? { targets: wanted } : {}),
      ...(person.preferences ? { preferences: person.preferences } : {}),
      ...(person.background ? { background: person.background } : {}),
    });
    return c.json({ frameworkVersion: version, paths }, 200);
  });

  app.openapi(planDraftRoute, async (c) => {
    const { target } = c.req.valid("query");
    const { person, framework, version, profile } = await deps.profileFor(
      c,
      c.req.valid("param").id,
    );
    checkRole(framework, target);
    const start = await agreedStartingPoint(deps.db, person.orgId, person.id);
    const from = start ? withAgreedLevels(profile, start.agreed) : profile;
    const draft = draftGrowthPlan(framework, from, target, {}, person.roleId);
    return c.json(
      { frameworkVersion: version, ...draft, startsFrom: start?.sentence ?? null },
      200,
    );
  });
}
