import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import { queueAssessmentSubmittedMail } from "../../../app/mail/assessment-submitted-mail.ts";
import { can } from "../../../app/policy.ts";
import { checkRatings } from "../../../framework/check-ratings.ts";
import type { Database } from "../../../storage/database.ts";
import {
  createAssessment,
  listAssessments,
  saveDraftRatings,
  submitAssessment,
} from "../../../storage/queries/assessments.ts";
import { keepAnalyticsCurrent } from "../../../storage/queries/keep-analytics-current.ts";
import { answerSelfRatingRequests } from "../../../storage/queries/self-rating-requests.ts";
import type { AppEnv } from "../../app-env.ts";
import { audit } from "../../audit.ts";
import { authorize, notFound, signedIn } from "../../authorize.ts";
import { pageQuerySchema, pageRequest, pageSchema } from "../../pagination.ts";
import { loadPersonFacts } from "../../person-facts.ts";
import { ProblemError } from "../../problem.ts";
import { problemResponses } from "../../problem-responses.ts";
import { refuseIssues } from "../../refuse-issues.ts";
import { loadAssessment, writeActionFor } from "./load-assessment.ts";
import { presentAssessment } from "./present-assessment.ts";
import {
  assessmentSchema,
  draftRatingsSchema,
  idParamSchema,
  newAssessmentSchema,
  submitSchema,
} from "./schema.ts";

/** What the assessment routes need. */
export interface AssessmentDeps {
  db: Database;
  frameworks: FrameworkSource;
  now: () => Date;
  /** Where links in mails point. */
  publicUrl: string;
}

const tags = ["assessments"];
const one = { "application/json": { schema: assessmentSchema } };
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

const createDraftRoute = createRoute({
  method: "post",
  path: "/api/v1/assessments",
  description:
    "The person starts a self-assessment, or a manager starts one of a report. The draft keeps the framework version published at that moment and is seen only by whoever writes it until it is submitted.",
  tags,
  summary: "Start a draft self or manager assessment, pinned to the published framework",
  request: { body: body(newAssessmentSchema) },
  responses: {
    201: { description: "The draft", content: one },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/v1/assessments/{id}",
  description:
    "A submitted assessment is seen by the person and their managers; a draft only by whoever writes it.",
  tags,
  summary: "Get an assessment (drafts only for whoever writes them)",
  request: { params: idParamSchema },
  responses: {
    200: { description: "The assessment", content: one },
    ...problemResponses(400, 401, 403, 404),
  },
});

const autosaveRoute = createRoute({
  method: "put",
  path: "/api/v1/assessments/{id}/ratings",
  description:
    "Whoever writes the draft saves ratings as they go: the ratings sent are kept, the competencies listed as cleared are emptied. A submitted assessment no longer changes.",
  tags,
  summary: "Autosave a draft's ratings",
  request: { params: idParamSchema, body: body(draftRatingsSchema) },
  responses: {
    200: { description: "Saved", content: one },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const submitRoute = createRoute({
  method: "post",
  path: "/api/v1/assessments/{id}/submit",
  description:
    "Whoever writes the draft submits it, optionally with last ratings. From then on it counts in the person's profile and no longer changes.",
  tags,
  summary: "Submit a draft; from then on it counts and no longer changes",
  request: { params: idParamSchema, body: { ...body(submitSchema), required: false } },
  responses: {
    200: { description: "Submitted", content: one },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/people/{id}/assessments",
  description:
    "The person's and their managers' submitted assessments, newest first, plus the caller's own drafts.",
  tags,
  summary: "A person's assessments the caller may see, newest first",
  request: { params: idParamSchema, query: pageQuerySchema },
  responses: {
    200: {
      description: "A page",
      content: { "application/json": { schema: pageSchema(assessmentSchema) } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

/**
 * Mounts assessments: start a draft, autosave, submit, read, and list a person's.
 *
 * @example
 * mountAssessments(app, { db, frameworks, now });
 */
export function mountAssessments(app: OpenAPIHono<AppEnv>, deps: AssessmentDeps): void {
  app.openapi(createDraftRoute, async (c) => {
    const actor = signedIn(c);
    const input = c.req.valid("json");
    const { facts } = await loadPersonFacts(deps.db, actor, input.personId);
    authorize(c, writeActionFor(input.raterKind), { ...facts, raterPersonId: null });
    const { framework, versionId } = await deps.frameworks.current(actor.orgId);
    if (versionId === null)
      throw new ProblemError({ kind: "conflict", detail: "No framework is published yet." });
    refuseIssues(
      "Some ratings do not fit the framework.",
      checkRatings(framework, input.ratings, "ratings"),
    );
    const created = await createAssessment(deps.db, {
      orgId: actor.orgId,
      personId: input.personId,
      raterKind: input.raterKind,
      frameworkVersionId: versionId,
      raterUserId: actor.userId,
      raterPersonId: actor.personId,
      ratings: input.ratings,
    });
    await audit(c, deps.db, {
      action: "assessment:create",
      targetType: "assessment",
      targetId: created.id,
    });
    return c.json(presentAssessment(created), 201);
  });

  app.openapi(getRoute, async (c) => {
    const actor = signedIn(c);
    const { assessment, facts } = await loadAssessment(deps.db, actor, c.req.valid("param").id);
    authorize(c, "assessment:read", facts);
    return c.json(presentAssessment(assessment), 200);
  });

  app.openapi(autosaveRoute, async (c) => {
    const actor = signedIn(c);
    const { id } = c.req.valid("param");
    const { assessment, facts } = await loadAssessment(deps.db, actor, id);
    authorize(c, writeActionFor(assessment.raterKind), facts);
    const input = c.req.valid("json");
    const { framework } = await deps.frameworks.current(actor.orgId);
    refuseIssues(
      "Some ratings do not fit the framework.",
      checkRatings(framework, input.ratings, "ratings"),
    );
    const saved = await saveDraftRatings(deps.db, { orgId: actor.orgId, id, ...input });
    if (!saved) throw notFound("assessment", id);
    return c.json(presentAssessment(saved), 200);
  });

  app.openapi(submitRoute, async (c) => {
    const actor = signedIn(c);
    const { id } = c.req.valid("param");
    const { facts } = await loadAssessment(deps.db, actor, id);
    authorize(c, "assessment:submit", facts);
    const input = c.req.valid("json");
    const ratings = input.ratings ?? [];
    const { framework, versionId, lineage } = await deps.frameworks.current(actor.orgId);
    refuseIssues(
      "Some ratings do not fit the framework.",
      checkRatings(framework, ratings, "ratings"),
    );
    // A manager's assessment mails the person assessed, in the same transaction as the submit;
    // the person's analytics are kept current in it too.
    const submitted = await deps.db.transaction(async (tx) => {
      const row = await submitAssessment(tx, {
        orgId: actor.orgId,
        id,
        ratings,
        at: deps.now(),
        afterSubmit: keepAnalyticsCurrent(actor.orgId, { framework, versionId, lineage }),
      });
      if (!row) throw notFound("assessment", id);
      if (row.raterKind === "self" && row.personId === row.raterPersonId) {
        // A full self-assessment also answers the person's requests to rate themselves on what it rates.
        await answerSelfRatingRequests(tx, {
          orgId: actor.orgId,
          personId: row.personId,
          assessmentId: row.id,
          rated: row.ratings.map((rating) => rating.competency),
        });
      }
      if (row.raterKind === "manager") {
        await queueAssessmentSubmittedMail(tx, {
          orgId: actor.orgId,
          assessmentId: row.id,
          personId: row.personId,
          managerPersonId: row.raterPersonId,
          publicUrl: deps.publicUrl,
        });
      }
      await audit(c, tx, { action: "assessment:submit", targetType: "assessment", targetId: id });
      return row;
    });
    return c.json(presentAssessment(submitted), 200);
  });

  app.openapi(listRoute, async (c) => {
    const actor = signedIn(c);
    const { id } = c.req.valid("param");
    const { facts } = await loadPersonFacts(deps.db, actor, id);
    authorize(c, "person:read", facts);
    const page = pageRequest(c.req.valid("query"));
    const rows = await listAssessments(deps.db, {
      orgId: actor.orgId,
      personId: id,
      limit: page.limit + 1,
      offset: page.offset,
    });
    const more = rows.length > page.limit;
    // Filtering after paging keeps cursors stable; a page may hold fewer than `limit` items.
    const visible = rows.slice(0, page.limit).filter(
      (row) =>
        can(actor, "assessment:read", {
          ...facts,
          status: row.status,
          raterPersonId: row.raterPersonId,
        }).allowed,
    );
    return c.json(
      {
        items: visible.map(presentAssessment),
        nextCursor: more ? `o${page.offset + page.limit}` : null,
      },
      200,
    );
  });
}
