import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import { askForFeedback } from "../../../app/ask-for-feedback.ts";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import { selfRatingsWithLatest } from "../../../app/self-rating-answer.ts";
import { checkRatings } from "../../../framework/check-ratings.ts";
import type { Database } from "../../../storage/database.ts";
import { createAssessment, submitAssessment } from "../../../storage/queries/assessments.ts";
import {
  closeFeedbackRequest,
  listFeedbackRequests,
} from "../../../storage/queries/feedback-requests.ts";
import { keepAnalyticsCurrent } from "../../../storage/queries/keep-analytics-current.ts";
import type { AppEnv } from "../../app-env.ts";
import { audit } from "../../audit.ts";
import { authorize, signedIn } from "../../authorize.ts";
import { pageQuerySchema, pageRequest, pageSchema, toPage } from "../../pagination.ts";
import { ProblemError } from "../../problem.ts";
import { problemResponses } from "../../problem-responses.ts";
import { refuseIssues } from "../../refuse-issues.ts";
import { loadRequest } from "./load-request.ts";
import { presentFeedbackRequest, presentFeedbackRequests } from "./present-feedback-request.ts";
import {
  feedbackAnswerSchema,
  feedbackAskSchema,
  feedbackRequestSchema,
  idParamSchema,
} from "./schema.ts";

/** What the feedback routes need. */
export interface FeedbackDeps {
  db: Database;
  frameworks: FrameworkSource;
  now: () => Date;
  /** Where links in mails point. */
  publicUrl: string;
}

const tags = ["feedback"];
const one = { "application/json": { schema: feedbackRequestSchema } };
const errors = problemResponses(400, 401, 403, 404, 409);
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

const askRoute = createRoute({
  method: "post",
  path: "/api/v1/people/{id}/feedback-requests",
  description:
    "The person or one of their managers asks a colleague to rate chosen competencies of the person. The colleague finds the request on Home.",
  tags,
  summary: "Ask someone to rate chosen competencies of a person (the person or their managers)",
  request: { params: idParamSchema, body: body(feedbackAskSchema) },
  responses: { 201: { description: "Asked", content: one }, ...errors },
});

const inboxRoute = createRoute({
  method: "get",
  path: "/api/v1/feedback-requests",
  description: "The requests others sent the caller that are still open.",
  tags,
  summary: "Open feedback requests addressed to the caller",
  request: { query: pageQuerySchema },
  responses: {
    200: {
      description: "A page",
      content: { "application/json": { schema: pageSchema(feedbackRequestSchema) } },
    },
    ...errors,
  },
});

const answerRoute = createRoute({
  method: "post",
  path: "/api/v1/feedback-requests/{id}/answer",
  tags,
  summary: "Answer a request addressed to you, rating only the competencies asked",
  description:
    "A peer's answer is a peer assessment of the competencies asked. A request to rate yourself (addressed to the person it is about) is answered by a self-assessment: your latest one, with the competencies asked put in.",
  request: { params: idParamSchema, body: body(feedbackAnswerSchema) },
  responses: { 200: { description: "Answered", content: one }, ...errors },
});

const declineRoute = createRoute({
  method: "post",
  path: "/api/v1/feedback-requests/{id}/decline",
  description: "The colleague asked declines the request; whoever asked sees that it was declined.",
  tags,
  summary: "Decline a request addressed to you",
  request: { params: idParamSchema },
  responses: { 200: { description: "Declined", content: one }, ...errors },
});

const closed = () =>
  new ProblemError({
    kind: "conflict",
    detail:
      "This request is already closed: answered, declined, or withdrawn by a framework change.",
  });

/**
 * Mounts feedback requests: ask, see what is addressed to you, answer or decline. Peers see and
 * rate a person only through these requests, and only the competencies asked.
 *
 * @example
 * mountFeedback(app, { db, frameworks, now });
 */
export function mountFeedback(app: OpenAPIHono<AppEnv>, deps: FeedbackDeps): void {
  app.openapi(askRoute, async (c) => {
    const actor = signedIn(c);
    const request = await askForFeedback(deps, actor, c.req.valid("param").id, c.req.valid("json"));
    return c.json(await presentFeedbackRequest(deps.db, actor.orgId, request), 201);
  });

  app.openapi(inboxRoute, async (c) => {
    const actor = signedIn(c);
    const page = pageRequest(c.req.valid("query"));
    const rows =
      actor.personId === null
        ? []
        : await listFeedbackRequests(deps.db, {
            orgId: actor.orgId,
            addresseePersonId: actor.personId,
            status: "open",
            limit: page.limit + 1,
            offset: page.offset,
          });
    return c.json(toPage(await presentFeedbackRequests(deps.db, actor.orgId, rows), page), 200);
  });

  app.openapi(answerRoute, async (c) => {
    const actor = signedIn(c);
    const { id } = c.req.valid("param");
    const { request, facts } = await loadRequest(deps.db, actor, id);
    if (request.status !== "open" && request.addresseePersonId === actor.personId) throw closed();
    const { ratings } = c.req.valid("json");
    authorize(c, "feedback:answer", {
      ...facts,
      competencies: ratings.map((rating) => rating.competency),
    });
    const { framework, versionId, lineage } = await deps.frameworks.current(actor.orgId);
    refuseIssues(
      "Some ratings do not fit the framework.",
      checkRatings(framework, ratings, "ratings"),
    );
    if (versionId === null)
      throw new ProblemError({ kind: "conflict", detail: "No framework is published yet." });
    // A request to rate oneself is answered by a self-assessment: the latest one with these in.
    const ownWork = request.addresseePersonId === request.personId;
    const answered = await deps.db.transaction(async (tx) => {
      const assessment = await createAssessment(tx, {
        orgId: actor.orgId,
        personId: request.personId,
        raterKind: ownWork ? "self" : "peer",
        frameworkVersionId: versionId,
        raterUserId: actor.userId,
        raterPersonId: actor.personId,
        ratings: ownWork
          ? await selfRatingsWithLatest(tx, actor.orgId, request.personId, { lineage }, ratings)
          : ratings,
      });
      await submitAssessment(tx, {
        orgId: actor.orgId,
        id: assessment.id,
        at: deps.now(),
        afterSubmit: keepAnalyticsCurrent(actor.orgId, { framework, versionId, lineage }),
      });
      const row = await closeFeedbackRequest(tx, {
        orgId: actor.orgId,
        id,
        status: "answered",
        assessmentId: assessment.id,
      });
      if (!row) throw closed();
      return row;
    });
    await audit(c, deps.db, {
      action: "feedback:answer",
      targetType: "feedback-request",
      targetId: id,
    });
    return c.json(await presentFeedbackRequest(deps.db, actor.orgId, answered), 200);
  });

  app.openapi(declineRoute, async (c) => {
    const actor = signedIn(c);
    const { id } = c.req.valid("param");
    const { request, facts } = await loadRequest(deps.db, actor, id);
    if (request.status !== "open" && request.addresseePersonId === actor.personId) throw closed();
    authorize(c, "feedback:decline", facts);
    const row = await closeFeedbackRequest(deps.db, { orgId: actor.orgId, id, status: "declined" });
    if (!row) throw closed();
    await audit(c, deps.db, {
      action: "feedback:decline",
      targetType: "feedback-request",
      targetId: id,
    });
    return c.json(await presentFeedbackRequest(deps.db, actor.orgId, row), 200);
  });
}
