import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import { can } from "../../../app/policy.ts";
import type { Visibility } from "../../../engine/types.ts";
import { checkCompetencyIds } from "../../../framework/check-competency-ids.ts";
import type { Database } from "../../../storage/database.ts";
import {
  createEvidence,
  deleteEvidence,
  getEvidence,
  listEvidence,
  updateEvidence,
} from "../../../storage/queries/evidence.ts";
import type { AppEnv } from "../../app-env.ts";
import { audit } from "../../audit.ts";
import { authorize, notFound, signedIn } from "../../authorize.ts";
import { pageRequest, pageSchema, toPage } from "../../pagination.ts";
import { loadPersonFacts } from "../../person-facts.ts";
import { problemResponses } from "../../problem-responses.ts";
import { refuseIssues } from "../../refuse-issues.ts";
import { presentEvidence } from "./present-evidence.ts";
import {
  evidenceInputSchema,
  evidencePatchSchema,
  evidenceQuerySchema,
  evidenceSchema,
  idParamSchema,
} from "./schema.ts";

/** What the evidence routes need. */
export interface EvidenceDeps {
  db: Database;
  frameworks: FrameworkSource;
}

const tags = ["evidence"];
const one = { "application/json": { schema: evidenceSchema } };
const errors = problemResponses(400, 401, 403, 404);
const body = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});
const visibilities: Visibility[] = ["private", "manager", "org"];

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/people/{id}/evidence",
  description:
    "Evidence is shown by its visibility: private entries to the person only, manager entries also to their managers, organisation entries to everyone in the organisation.",
  tags,
  summary:
    "A person's evidence the caller may see, newest first; narrowed by words, competency and dates",
  request: { params: idParamSchema, query: evidenceQuerySchema },
  responses: {
    200: {
      description: "A page",
      content: { "application/json": { schema: pageSchema(evidenceSchema) } },
    },
    ...errors,
  },
});

const createEvidenceRoute = createRoute({
  method: "post",
  path: "/api/v1/people/{id}/evidence",
  description:
    "A person logs evidence of their own impact, tags the competencies it shows and chooses who sees it.",
  tags,
  summary: "Log evidence of impact (your own)",
  request: { params: idParamSchema, body: body(evidenceInputSchema) },
  responses: { 201: { description: "Logged", content: one }, ...errors },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/v1/evidence/{id}",
  description: "One entry, for whoever its visibility lets see it.",
  tags,
  summary: "Get an evidence entry",
  request: { params: idParamSchema },
  responses: { 200: { description: "The entry", content: one }, ...errors },
});

const updateRoute = createRoute({
  method: "patch",
  path: "/api/v1/evidence/{id}",
  description: "The person who logged the entry changes it; only the fields sent change.",
  tags,
  summary: "Change an evidence entry (your own)",
  request: { params: idParamSchema, body: body(evidencePatchSchema) },
  responses: { 200: { description: "Changed", content: one }, ...errors },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/api/v1/evidence/{id}",
  description:
    "The person who logged the entry deletes it; it disappears from every read and from profiles.",
  tags,
  summary: "Delete an evidence entry (your own): hidden from every read, kept for the audit trail",
  request: { params: idParamSchema },
  responses: { 204: { description: "Deleted" }, ...errors },
});

/**
 * Mounts the evidence log: list and log a person's evidence, read, change and delete entries.
 *
 * @example
 * mountEvidence(app, { db, frameworks });
 */
export function mountEvidence(app: OpenAPIHono<AppEnv>, deps: EvidenceDeps): void {
  async function loadEntry(actor: ReturnType<typeof signedIn>, id: string) {
    const entry = await getEvidence(deps.db, actor.orgId, id);
    if (!entry) throw notFound("evidence entry", id);
    const { facts } = await loadPersonFacts(deps.db, actor, entry.personId);
    return { entry, facts: { ...facts, visibility: entry.visibility } };
  }

  app.openapi(listRoute, async (c) => {
    const actor = signedIn(c);
    const { id } = c.req.valid("param");
    const { facts } = await loadPersonFacts(deps.db, actor, id);
    authorize(c, "evidence:read", { ...facts, visibility: "org" });
    const allowed = visibilities.filter(
      (visibility) => can(actor, "evidence:read", { ...facts, visibility }).allowed,
    );
    const query = c.req.valid("query");
    const { framework } = await deps.frameworks.current(actor.orgId);
    refuseIssues("Filter by a competency of the framework.", [
      ...checkCompetencyIds(
        framework,
        query.competency ? [query.competency] : [],
        "competency",
      ).map((issue) => ({ ...issue, path: "competency" })),
      ...(query.from && query.to && query.from > query.to
        ? [
            {
              path: "to",
              message: "The range ends before it starts.",
              hint: "Choose an end date on or after the start date.",
            },
          ]
        : []),
    ]);
    const page = pageRequest(query);
    const rows = await listEvidence(deps.db, {
      orgId: actor.orgId,
      personId: id,
      visibilities: allowed,
      filter: { text: query.q, competency: query.competency, from: query.from, to: query.to },
      limit: page.limit + 1,
      offset: page.offset,
    });
    return c.json(toPage(rows.map(presentEvidence), page), 200);
  });

  app.openapi(createEvidenceRoute, async (c) => {
    const actor = signedIn(c);
    const { id } = c.req.valid("param");
    const { facts } = await loadPersonFacts(deps.db, actor, id);
    authorize(c, "evidence:write", facts);
    const input = c.req.valid("json");
    const { framework } = await deps.frameworks.current(actor.orgId);
    refuseIssues(
      "Some competencies are not in the framework.",
      checkCompetencyIds(framework, input.competencies, "competencies"),
    );
    const entry = await createEvidence(deps.db, {
      ...input,
      orgId: actor.orgId,
      personId: id,
      createdBy: actor.userId,
    });
    await audit(c, deps.db, {
      action: "evidence:create",
      targetType: "evidence",
      targetId: entry.id,
    });
    return c.json(presentEvidence(entry), 201);
  });

  app.openapi(getRoute, async (c) => {
    const actor = signedIn(c);
    const { entry, facts } = await loadEntry(actor, c.req.valid("param").id);
    authorize(c, "evidence:read", facts);
    if (actor.personId !== entry.personId) {
      await audit(c, deps.db, {
        action: "evidence:read",
        targetType: "evidence",
        targetId: entry.id,
      });
    }
    return c.json(presentEvidence(entry), 200);
  });

  app.openapi(updateRoute, async (c) => {
    const actor = signedIn(c);
    const { id } = c.req.valid("param");
    const { facts } = await loadEntry(actor, id);
    authorize(c, "evidence:write", facts);
    const patch = c.req.valid("json");
    const { framework } = await deps.frameworks.current(actor.orgId);
    refuseIssues(
      "Some competencies are not in the framework.",
      checkCompetencyIds(framework, patch.competencies, "competencies"),
    );
    const updated = await updateEvidence(deps.db, actor.orgId, id, patch);
    if (!updated) throw notFound("evidence entry", id);
    await audit(c, deps.db, { action: "evidence:update", targetType: "evidence", targetId: id });
    return c.json(presentEvidence(updated), 200);
  });

  app.openapi(deleteRoute, async (c) => {
    const actor = signedIn(c);
    const { id } = c.req.valid("param");
    const { facts } = await loadEntry(actor, id);
    authorize(c, "evidence:write", facts);
    if (!(await deleteEvidence(deps.db, actor.orgId, id))) throw notFound("evidence entry", id);
    await audit(c, deps.db, { action: "evidence:delete", targetType: "evidence", targetId: id });
    return c.body(null, 204);
  });
}
