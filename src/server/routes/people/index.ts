import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import type { Database } from "../../../storage/database.ts";
import { createPerson, deletePerson, listPeople } from "../../../storage/queries/people.ts";
import { updatePersonReportingSafely } from "../../../storage/queries/reporting-lines.ts";
import { changeRole } from "../../../storage/queries/role-history.ts";
import type { AppEnv } from "../../app-env.ts";
import { audit } from "../../audit.ts";
import { authorize, notFound, signedIn } from "../../authorize.ts";
import { pageQuerySchema, pageRequest, pageSchema, toPage } from "../../pagination.ts";
import { loadPersonFacts } from "../../person-facts.ts";
import { ProblemError } from "../../problem.ts";
import { problemResponses } from "../../problem-responses.ts";
import { checkPersonLinks } from "./check-person-links.ts";
import { presentPerson } from "./present-person.ts";
import {
  personIdParamSchema,
  personInputSchema,
  personPatchSchema,
  personSchema,
} from "./schema.ts";
import { visiblePeople } from "./visible-people.ts";

/** What the people routes need. */
export interface PeopleDeps {
  db: Database;
  frameworks: FrameworkSource;
  now: () => Date;
}

const tags = ["people"];
const personJson = { "application/json": { schema: personSchema } };
const orgOnly = (orgId: string) => ({ orgId, ownerPersonId: null, managerChain: [] });

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/people",
  tags,
  summary: "List people",
  description: "Admins see everyone; others see themselves and the people who report to them.",
  request: { query: pageQuerySchema.extend({ team: z.string().max(200).optional() }) },
  responses: {
    200: {
      description: "A page of people",
      content: { "application/json": { schema: pageSchema(personSchema) } },
    },
    ...problemResponses(400, 401),
  },
});

const createPersonRoute = createRoute({
  method: "post",
  path: "/api/v1/people",
  tags,
  summary: "Add a person (admins)",
  request: {
    body: { required: true, content: { "application/json": { schema: personInputSchema } } },
  },
  responses: {
    201: { description: "Created", content: personJson },
    ...problemResponses(400, 401, 403, 409),
  },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/v1/people/{id}",
  tags,
  summary: "Get a person",
  request: { params: personIdParamSchema },
  responses: {
    200: { description: "The person", content: personJson },
    ...problemResponses(400, 401, 403, 404),
  },
});

const updateRoute = createRoute({
  method: "patch",
  path: "/api/v1/people/{id}",
  tags,
  summary: "Change a person",
  description:
    "People change their own name, background and preferences; role, manager and team changes are for admins. A role change is recorded in the role history.",
  request: {
    params: personIdParamSchema,
    body: { required: true, content: { "application/json": { schema: personPatchSchema } } },
  },
  responses: {
    200: { description: "Changed", content: personJson },
    ...problemResponses(400, 401, 403, 404),
  },
});

const deleteRoute = createRoute({
  method: "delete",
  path: "/api/v1/people/{id}",
  tags,
  summary: "Remove a person and everything that is theirs (admins)",
  request: { params: personIdParamSchema },
  responses: { 204: { description: "Removed" }, ...problemResponses(400, 401, 403, 404) },
});

const adminFields = ["roleId", "managerId", "team", "email"] as const;

/**
 * Mounts the people resource: list, create, get, change and remove.
 *
 * @example
 * mountPeople(app, { db, frameworks, now });
 */
export function mountPeople(app: OpenAPIHono<AppEnv>, deps: PeopleDeps): void {
  app.openapi(listRoute, async (c) => {
    const actor = signedIn(c);
    const query = c.req.valid("query");
    const page = pageRequest(query);
    const admin = actor.role !== "member";
    const rows = admin
      ? await listPeople(deps.db, {
          orgId: actor.orgId,
          team: query.team,
          limit: page.limit + 1,
          offset: page.offset,
        })
      : await visiblePeople(deps.db, actor.orgId, actor.personId, page);
    return c.json(toPage(rows.map(presentPerson), page), 200);
  });

  app.openapi(createPersonRoute, async (c) => {
    const actor = signedIn(c);
    authorize(c, "person:create", orgOnly(actor.orgId));
    const input = c.req.valid("json");
    const { framework } = await deps.frameworks.current(actor.orgId);
    await checkPersonLinks({ ...deps, orgId: actor.orgId, framework, personId: null, ...input });
    const person = await createPerson(deps.db, { orgId: actor.orgId, ...input });
    await audit(c, deps.db, { action: "person:create", targetType: "person", targetId: person.id });
    return c.json(presentPerson(person), 201);
  });

  app.openapi(getRoute, async (c) => {
    const actor = signedIn(c);
    const { person, facts } = await loadPersonFacts(deps.db, actor, c.req.valid("param").id);
    authorize(c, "person:read", facts);
    return c.json(presentPerson(person), 200);
  });

  app.openapi(updateRoute, async (c) => {
    const actor = signedIn(c);
    const { id } = c.req.valid("param");
    const { person, facts } = await loadPersonFacts(deps.db, actor, id);
    authorize(c, "person:update", facts);
    const { roleId, ...patch } = c.req.valid("json");
    const touched = adminFields.filter((field) => c.req.valid("json")[field] !== undefined);
    if (actor.role === "member" && touched.length > 0) {
      throw new ProblemError({
        kind: "forbidden",
        detail: `Only admins change ${touched.join(", ")}; ask an admin of your organisation.`,
      });
    }
    const { framework } = await deps.frameworks.current(actor.orgId);
    await checkPersonLinks({
      ...deps,
      orgId: actor.orgId,
      framework,
      personId: id,
      roleId,
      managerId: patch.managerId,
    });
    let updated =
      Object.keys(patch).length > 0
        ? await updatePersonReportingSafely(deps.db, actor.orgId, id, patch)
        : person;
    if (roleId && roleId !== person.roleId) {
      const from = deps.now().toISOString().slice(0, 10);
      updated = await changeRole(deps.db, { orgId: actor.orgId, personId: id, roleId, from });
    }
    if (!updated) throw notFound("person", id);
    await audit(c, deps.db, { action: "person:update", targetType: "person", targetId: id });
    return c.json(presentPerson(updated), 200);
  });

  app.openapi(deleteRoute, async (c) => {
    const actor = signedIn(c);
    const { id } = c.req.valid("param");
    const { facts } = await loadPersonFacts(deps.db, actor, id);
    authorize(c, "person:delete", facts);
    await deletePerson(deps.db, actor.orgId, id);
    await audit(c, deps.db, { action: "person:delete", targetType: "person", targetId: id });
    return c.body(null, 204);
  });
}
