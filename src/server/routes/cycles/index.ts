import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { readCalibration } from "../../../app/calibration/read-calibration.ts";
import { closeCycle } from "../../../app/cycles/close-cycle.ts";
import { listCycles } from "../../../app/cycles/list-cycles.ts";
import { nudgeParticipant } from "../../../app/cycles/nudge-participant.ts";
import { openCycle } from "../../../app/cycles/open-cycle.ts";
import { readCycleCompletion } from "../../../app/cycles/read-cycle-completion.ts";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { signedIn } from "../../authorize.ts";
import type { OffThread } from "../../off-thread/off-thread.ts";
import { offThreadAggregates } from "../../off-thread/off-thread-aggregates.ts";
import { problemResponses } from "../../problem-responses.ts";
import { mountCycleAlignment } from "./alignment-routes.ts";
import { calibrationSchema } from "./calibration-schema.ts";
import {
  completionQuerySchema,
  cycleCompletionSchema,
  cycleIdParamSchema,
  cycleSchema,
  nudgeInputSchema,
  nudgeResultSchema,
  openCycleInputSchema,
} from "./schema.ts";

/** What the cycle routes need. */
export interface CycleDeps {
  db: Database;
  frameworks: FrameworkSource;
  now: () => Date;
  publicUrl: string;
  offThread: OffThread;
}

const tags = ["cycles"];
const cycleJson = { "application/json": { schema: cycleSchema } };

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/cycles",
  tags,
  summary: "List the organisation's check-in cycles",
  description: "Open cycles first, then the latest window first.",
  responses: {
    200: {
      description: "The cycles",
      content: { "application/json": { schema: z.object({ items: z.array(cycleSchema) }) } },
    },
    ...problemResponses(401),
  },
});

const openRoute = createRoute({
  method: "post",
  path: "/api/v1/cycles",
  tags,
  summary: "Open a check-in cycle (admins)",
  description:
    "Its people are the population as it stands now, each with the manager they have today. Reminders go out 7 and 2 days before the window closes.",
  request: {
    body: { required: true, content: { "application/json": { schema: openCycleInputSchema } } },
  },
  responses: {
    201: { description: "The cycle, open", content: cycleJson },
    ...problemResponses(400, 401, 403),
  },
});

const completionRoute = createRoute({
  method: "get",
  path: "/api/v1/cycles/{id}/completion",
  tags,
  summary: "Who has done their part of a cycle",
  description:
    "Per person: self, manager and peers, counted from assessments submitted and feedback answered inside the window. Admins see everyone, managers the people under them.",
  request: { params: cycleIdParamSchema, query: completionQuerySchema },
  responses: {
    200: {
      description: "The completion",
      content: { "application/json": { schema: cycleCompletionSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const nudgeRoute = createRoute({
  method: "post",
  path: "/api/v1/cycles/{id}/nudges",
  tags,
  summary: "Remind a person of what a cycle still asks of them (admins and their managers)",
  description: "One reminder mail per person and day, through the outbox.",
  request: {
    params: cycleIdParamSchema,
    body: { required: true, content: { "application/json": { schema: nudgeInputSchema } } },
  },
  responses: {
    200: {
      description: "Whether a mail was queued, and why not",
      content: { "application/json": { schema: nudgeResultSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const closeRoute = createRoute({
  method: "post",
  path: "/api/v1/cycles/{id}/close",
  tags,
  summary: "Close a check-in cycle (admins)",
  description:
    "Keeps a snapshot of everyone's profile and readiness as they stand now; later changes never rewrite it. Closing a closed cycle changes nothing.",
  request: { params: cycleIdParamSchema },
  responses: {
    200: { description: "The cycle, closed", content: cycleJson },
    ...problemResponses(400, 401, 403, 404),
  },
});

const calibrationRoute = createRoute({
  method: "get",
  path: "/api/v1/cycles/{id}/calibration",
  tags,
  summary: "A cycle's calibration: candidates per target role, side by side",
  description:
    "The cycle's promotion cases, and people the engine finds ready or close for the next role on their track with no case yet, each with the fit and its reason, the confidence, the gaps left and their manager's rating leniency in words. Admins see every candidate, managers the people under them.",
  request: { params: cycleIdParamSchema },
  responses: {
    200: {
      description: "The calibration",
      content: { "application/json": { schema: calibrationSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

/**
 * Mounts the check-in cycle routes under `/api/v1/cycles`.
 *
 * @example
 * mountCycles(app, { db, frameworks, now: () => new Date(), publicUrl, offThread });
 */
export function mountCycles(app: OpenAPIHono<AppEnv>, deps: CycleDeps): void {
  const compute = offThreadAggregates(deps.offThread);
  app.openapi(listRoute, async (c) => {
    return c.json({ items: await listCycles(deps.db, signedIn(c)) }, 200);
  });

  app.openapi(openRoute, async (c) => {
    const cycle = await openCycle(deps, signedIn(c), c.req.valid("json"));
    return c.json(cycle, 201);
  });

  app.openapi(completionRoute, async (c) => {
    const { id } = c.req.valid("param");
    const completion = await readCycleCompletion(deps.db, signedIn(c), id, c.req.valid("query"));
    return c.json(completion, 200);
  });

  app.openapi(calibrationRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await readCalibration({ ...deps, compute }, signedIn(c), id), 200);
  });

  app.openapi(nudgeRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { personId } = c.req.valid("json");
    return c.json(await nudgeParticipant(deps, signedIn(c), id, personId), 200);
  });

  app.openapi(closeRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await closeCycle(deps, signedIn(c), id), 200);
  });

  mountCycleAlignment(app, deps);
}
