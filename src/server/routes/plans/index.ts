import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import { attributePlan } from "../../../app/plans/attributed-plan.ts";
import { changedBy } from "../../../app/plans/changed-by.ts";
import { loadPlanFacts } from "../../../app/plans/load-plan-facts.ts";
import { updatePlan } from "../../../app/plans/update-plan.ts";
import { checkCompetencyIds } from "../../../framework/check-competency-ids.ts";
import { checkRoleId } from "../../../framework/check-role-id.ts";
import type { Framework } from "../../../framework/schema.ts";
import type { Database } from "../../../storage/database.ts";
import { createGrowthPlan, listGrowthPlans } from "../../../storage/queries/growth-plans.ts";
import type { AppEnv } from "../../app-env.ts";
import { audit } from "../../audit.ts";
import { authorize, signedIn } from "../../authorize.ts";
import { loadPersonFacts } from "../../person-facts.ts";
import { problemResponses } from "../../problem-responses.ts";
import { refuseIssues } from "../../refuse-issues.ts";
import { mountPlanSteps } from "./plan-steps.ts";
import { presentPlan } from "./present-plan.ts";
import { idParamSchema, planInputSchema, planPatchSchema, planSchema } from "./schema.ts";

/** What the growth plan routes need. */
export interface PlanDeps {
  db: Database;
  frameworks: FrameworkSource;
}

const tags = ["growth plans"];

/** Refuses a plan whose target role or focus competencies are not in the framework. */
function refusePlanIssues(
  framework: Framework,
  plan: { targetRoleId?: string | null; focusCompetencies?: string[] },
): void {
  refuseIssues("Choose a target role and focus competencies of the framework.", [
    ...checkRoleId(framework, plan.targetRoleId, "targetRoleId"),
    ...checkCompetencyIds(framework, plan.focusCompetencies, "focusCompetencies"),
  ]);
}
const errors = problemResponses(400, 401, 403, 404);
const one = { "application/json": { schema: planSchema } };
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/people/{id}/plans",
  description: "The person and their managers see the person's growth plans, newest first.",
  tags,
  summary: "A person's growth plans, newest first",
  request: { params: idParamSchema },
  responses: {
    200: {
      description: "Plans",
      content: { "application/json": { schema: z.object({ items: z.array(planSchema) }) } },
    },
    ...errors,
  },
});
const createPlanRoute = createRoute({
  method: "post",
  path: "/api/v1/people/{id}/plans",
  description:
    "The person or one of their managers starts a growth plan: the focus competencies, the role it works towards and its first goals. Who started it is recorded.",
  tags,
  summary: "Start a growth plan (the person or their managers)",
  request: { params: idParamSchema, body: body(planInputSchema) },
  responses: { 201: { description: "Created", content: one }, ...errors },
});
const getRoute = createRoute({
  method: "get",
  path: "/api/v1/plans/{id}",
  description:
    "For the person and their managers: the plan with its goals, their progress and every check-in.",
  tags,
  summary: "A growth plan with its goals and check-ins",
  request: { params: idParamSchema },
  responses: { 200: { description: "The plan", content: one }, ...errors },
});
const updateRoute = createRoute({
  method: "patch",
  path: "/api/v1/plans/{id}",
  description:
    "The person or one of their managers changes the plan's focus, target or notes; the change is attributed to them.",
  tags,
  summary: "Change a growth plan (the person or their managers; attributed)",
  request: { params: idParamSchema, body: body(planPatchSchema) },
  responses: { 200: { description: "Changed", content: one }, ...errors },
});

/**
 * Mounts growth plans with their goals and check-ins; the person and their manager chain see and
 * change them.
 *
 * @example
 * mountPlans(app, { db, frameworks });
 */
export function mountPlans(app: OpenAPIHono<AppEnv>, deps: PlanDeps): void {
  app.openapi(listRoute, async (c) => {
    const actor = signedIn(c);
    const { id } = c.req.valid("param");
    const { facts } = await loadPersonFacts(deps.db, actor, id);
    authorize(c, "plan:read", facts);
    const rows = await listGrowthPlans(deps.db, { orgId: actor.orgId, personId: id });
    const shown = await Promise.all(rows.map((row) => attributePlan(deps.db, actor.orgId, row)));
    return c.json({ items: shown.map(presentPlan) }, 200);
  });

  app.openapi(createPlanRoute, async (c) => {
    const actor = signedIn(c);
    const { id } = c.req.valid("param");
    const { facts } = await loadPersonFacts(deps.db, actor, id);
    authorize(c, "plan:write", facts);
    const input = c.req.valid("json");
    refusePlanIssues((await deps.frameworks.current(actor.orgId)).framework, input);
    const by = changedBy(actor);
    const plan = await createGrowthPlan(deps.db, {
      ...input,
      goals: input.goals.map((goal) => ({ ...goal, changedBy: by })),
      changedBy: by,
      startedBy: by,
      orgId: actor.orgId,
      personId: id,
    });
    await audit(c, deps.db, {
      action: "plan:create",
      targetType: "growth-plan",
      targetId: plan.id,
    });
    return c.json(presentPlan(await attributePlan(deps.db, actor.orgId, plan)), 201);
  });

  app.openapi(getRoute, async (c) => {
    const actor = signedIn(c);
    const { plan, facts } = await loadPlanFacts(deps.db, actor, c.req.valid("param").id);
    authorize(c, "plan:read", facts);
    return c.json(presentPlan(await attributePlan(deps.db, actor.orgId, plan)), 200);
  });

  app.openapi(updateRoute, async (c) => {
    const { id } = c.req.valid("param");
    const plan = await updatePlan(deps, signedIn(c), id, c.req.valid("json"));
    return c.json(presentPlan(plan), 200);
  });

  mountPlanSteps(app, deps);
}
