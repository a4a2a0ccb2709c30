import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { chooseCyclePeers } from "../../../app/cycles/choose-cycle-peers.ts";
import { readAlignment } from "../../../app/cycles/read-alignment.ts";
import { recordAlignmentOutcome } from "../../../app/cycles/record-alignment-outcome.ts";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { signedIn } from "../../authorize.ts";
import { problemResponses } from "../../problem-responses.ts";
import {
  alignmentOutcomeInputSchema,
  alignmentSchema,
  choosePeersInputSchema,
  choosePeersResultSchema,
  cyclePersonParamSchema,
} from "./alignment-schema.ts";

/** What a cycle's per-person routes need. */
export interface CycleAlignmentDeps {
  db: Database;
  frameworks: FrameworkSource;
  now: () => Date;
  publicUrl: string;
}

const tags = ["cycles"];
const alignmentJson = { "application/json": { schema: alignmentSchema } };

const choosePeersRoute = createRoute({
  method: "post",
  path: "/api/v1/cycles/{id}/people/{personId}/peers",
  tags,
  summary: "Choose the peers who give a person feedback in a cycle (the person or their manager)",
  description:
    "Each peer gets a feedback request on every competency, tied to the cycle, and a mail. Whether the person or their manager chooses is the cycle's setting.",
  request: {
    params: cyclePersonParamSchema,
    body: { required: true, content: { "application/json": { schema: choosePeersInputSchema } } },
  },
  responses: {
    200: {
      description: "Who was asked",
      content: { "application/json": { schema: choosePeersResultSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const readRoute = createRoute({
  method: "get",
  path: "/api/v1/cycles/{id}/people/{personId}/alignment",
  tags,
  summary: "A person's alignment conversation in a cycle (the person and their managers)",
  description:
    "Per competency, the self and manager views side by side with their notes and the evidence shared with managers, the ones a level or more apart first, and the outcome recorded.",
  request: { params: cyclePersonParamSchema },
  responses: {
    200: { description: "The conversation", content: alignmentJson },
    ...problemResponses(400, 401, 403, 404),
  },
});

const recordRoute = createRoute({
  method: "put",
  path: "/api/v1/cycles/{id}/people/{personId}/alignment",
  tags,
  summary: "Record what a person and their manager agreed in a cycle",
  description:
    "A note and optionally agreed levels, which the person's growth plan draft then starts from. Replaces what was recorded before; possible once both assessments are in.",
  request: {
    params: cyclePersonParamSchema,
    body: {
      required: true,
      content: { "application/json": { schema: alignmentOutcomeInputSchema } },
    },
  },
  responses: {
    200: { description: "The conversation with its outcome", content: alignmentJson },
    ...problemResponses(400, 401, 403, 404),
  },
});

/**
 * Mounts a cycle's per-person routes: choosing peers, and the alignment conversation.
 *
 * @example
 * mountCycleAlignment(app, deps);
 */
export function mountCycleAlignment(app: OpenAPIHono<AppEnv>, deps: CycleAlignmentDeps): void {
  app.openapi(choosePeersRoute, async (c) => {
    const { id, personId } = c.req.valid("param");
    const { peerIds } = c.req.valid("json");
    return c.json(await chooseCyclePeers(deps, signedIn(c), id, personId, peerIds), 200);
  });

  app.openapi(readRoute, async (c) => {
    const { id, personId } = c.req.valid("param");
    return c.json(await readAlignment(deps, signedIn(c), id, personId), 200);
  });

  app.openapi(recordRoute, async (c) => {
    const { id, personId } = c.req.valid("param");
    const input = c.req.valid("json");
    return c.json(await recordAlignmentOutcome(deps, signedIn(c), id, personId, input), 200);
  });
}
