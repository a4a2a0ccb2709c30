import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import { addGoal } from "../../../app/plans/add-goal.ts";
import { commentOnGoal } from "../../../app/plans/comment-on-goal.ts";
import { deleteGoal } from "../../../app/plans/delete-goal.ts";
import { loadPlanFacts } from "../../../app/plans/load-plan-facts.ts";
import { updateGoal } from "../../../app/plans/update-goal.ts";
import type { Database } from "../../../storage/database.ts";
import { addCheckIn } from "../../../storage/queries/check-ins.ts";
import type { AppEnv } from "../../app-env.ts";
import { audit } from "../../audit.ts";
import { authorize, notFound, signedIn } from "../../authorize.ts";
import { idParam } from "../../id-schema.ts";
import { problemResponses } from "../../problem-responses.ts";
import { presentCheckIn, presentGoal } from "./present-plan.ts";
import {
  checkInInputSchema,
  checkInOutSchema,
  commentInputSchema,
  commentOutSchema,
  goalInputSchema,
  goalOutSchema,
  goalPatchSchema,
  idParamSchema,
} from "./schema.ts";

const tags = ["growth plans"];
const errors = problemResponses(400, 401, 403, 404);
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});
const json = <T extends z.ZodType>(schema: T) => ({ "application/json": { schema } });

const addGoalRoute = createRoute({
  method: "post",
  path: "/api/v1/plans/{id}/goals",
  description: "The person or one of their managers adds a goal; dates are context, not deadlines.",
  tags,
  summary: "Add a goal to a growth plan (the person or their managers; attributed)",
  request: { params: idParamSchema, body: body(goalInputSchema) },
  responses: { 201: { description: "Added", content: json(goalOutSchema) }, ...errors },
});
const updateGoalRoute = createRoute({
  method: "patch",
  path: "/api/v1/plans/{id}/goals/{goalId}",
  description:
    "The person or one of their managers changes a goal: its status, progress (0 to 100), date or the actions ticked. Only the fields sent change.",
  tags,
  summary: "Change a goal: status, progress, due date, actions ticked (attributed)",
  request: {
    params: idParamSchema.extend({
      goalId: idParam("goalId"),
    }),
    body: body(goalPatchSchema),
  },
  responses: { 200: { description: "Changed", content: json(goalOutSchema) }, ...errors },
});
const goalParams = idParamSchema.extend({ goalId: idParam("goalId") });
const deleteGoalRoute = createRoute({
  method: "delete",
  path: "/api/v1/plans/{id}/goals/{goalId}",
  description:
    "The person or one of their managers removes a goal from the plan. It no longer shows, and the audit trail keeps that it was removed and by whom.",
  tags,
  summary:
    "Remove a goal from a growth plan (the person or their managers; kept for the audit trail)",
  request: { params: goalParams },
  responses: { 204: { description: "Removed" }, ...errors },
});
const commentRoute = createRoute({
  method: "post",
  path: "/api/v1/plans/{id}/goals/{goalId}/comments",
  description:
    "The person or one of their managers comments under a goal; the comment shows with its author and time to everyone who sees the plan.",
  tags,
  summary: "Comment on a goal (the person or their managers)",
  request: { params: goalParams, body: body(commentInputSchema) },
  responses: { 201: { description: "Added", content: json(commentOutSchema) }, ...errors },
});
const checkInRoute = createRoute({
  method: "post",
  path: "/api/v1/plans/{id}/check-ins",
  description:
    "The person or one of their managers records a check-in: how it is going, notes and feedback. Check-ins build the plan's history.",
  tags,
  summary: "Record a check-in: progress, notes, feedback",
  request: { params: idParamSchema, body: body(checkInInputSchema) },
  responses: { 201: { description: "Recorded", content: json(checkInOutSchema) }, ...errors },
});

/** Mounts a plan's goals and check-ins. */
export function mountPlanSteps(
  app: OpenAPIHono<AppEnv>,
  deps: { db: Database; frameworks: FrameworkSource },
): void {
  app.openapi(addGoalRoute, async (c) => {
    const goal = await addGoal(deps, signedIn(c), c.req.valid("param").id, c.req.valid("json"));
    return c.json(presentGoal(goal), 201);
  });

  app.openapi(updateGoalRoute, async (c) => {
    const { id, goalId } = c.req.valid("param");
    const goal = await updateGoal(deps, signedIn(c), id, goalId, c.req.valid("json"));
    return c.json(presentGoal(goal), 200);
  });

  app.openapi(deleteGoalRoute, async (c) => {
    const { id, goalId } = c.req.valid("param");
    await deleteGoal(deps, signedIn(c), id, goalId);
    return c.body(null, 204);
  });

  app.openapi(commentRoute, async (c) => {
    const { id, goalId } = c.req.valid("param");
    const { text } = c.req.valid("json");
    return c.json(await commentOnGoal(deps, signedIn(c), id, goalId, text), 201);
  });

  app.openapi(checkInRoute, async (c) => {
    const actor = signedIn(c);
    const { id } = c.req.valid("param");
    authorize(c, "checkin:write", (await loadPlanFacts(deps.db, actor, id)).facts);
    const checkIn = await addCheckIn(deps.db, {
      orgId: actor.orgId,
      planId: id,
      checkIn: { ...c.req.valid("json"), authorUserId: actor.userId },
    });
    if (!checkIn) throw notFound("growth plan", id);
    await audit(c, deps.db, {
      action: "checkin:create",
      targetType: "check-in",
      targetId: checkIn.id,
    });
    return c.json(presentCheckIn(checkIn), 201);
  });
}
