import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { addPerson } from "../../../app/add-person.ts";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import { listVisiblePeople } from "../../../app/list-visible-people.ts";
import { removePerson } from "../../../app/remove-person.ts";
import { updatePersonAs } from "../../../app/update-person.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { authorize, signedIn } from "../../authorize.ts";
import { pageQuerySchema, pageRequest, pageSchema, toPage } from "../../pagination.ts";
import { loadPersonFacts } from "../../person-facts.ts";
import { problemResponses } from "../../problem-responses.ts";
import { presentPerson } from "./present-person.ts";
import {
  peopleQuerySchema,
  personIdParamSchema,
  personInputSchema,
  personPatchSchema,
  personSchema,
} from "./schema.ts";

/** What the people routes need. */
export interface PeopleDeps {
  db: Database;
  frameworks: FrameworkSource;
  now: () => Date;
}

const tags = ["people"];
const personJson = { "application/json": { schema: personSchema } };

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/people",
  tags,
  summary: "List people",
  description:
    "Admins see everyone; others see themselves and the people who report to them, directly or through others. With reportsTo, only that manager's team (direct reports only with depth=direct), for the manager, the managers above and admins.",
  request: { query: pageQuerySchema.extend(peopleQuerySchema.shape) },
  responses: {
    200: {
      description: "A page of people",
      content: { "application/json": { schema: pageSchema(personSchema) } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const createPersonRoute = createRoute({
  method: "post",
  path: "/api/v1/people",
  description:
    "Admins add a person to the organisation, with their role, manager and team. Adding a person does not invite them; invitations are sent separately.",
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
  description:
    "Anyone in the organisation may read a person's name, role, manager and team; their assessments and plans stay private to them and their managers.",
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
  description:
    "Admins remove a person together with their assessments, evidence, plans and account. The audit trail keeps that it happened.",
  tags,
  summary: "Remove a person and everything that is theirs (admins)",
  request: { params: personIdParamSchema },
  responses: { 204: { description: "Removed" }, ...problemResponses(400, 401, 403, 404) },
});

/**
 * Mounts the people resource: list, create, get, change and remove.
 *
 * @example
 * mountPeople(app, { db, frameworks, now });
 */
export function mountPeople(app: OpenAPIHono<AppEnv>, deps: PeopleDeps): void {
  app.openapi(listRoute, async (c) => {
    const actor = signedIn(c);
    const { team, reportsTo, depth, ...query } = c.req.valid("query");
    const page = pageRequest(query);
    const rows = await listVisiblePeople(
      deps.db,
      actor,
      { team, reportsTo, depth },
      { limit: page.limit + 1, offset: page.offset },
    );
    return c.json(toPage(rows.map(presentPerson), page), 200);
  });

  app.openapi(createPersonRoute, async (c) => {
    const person = await addPerson(deps, signedIn(c), c.req.valid("json"));
    return c.json(presentPerson(person), 201);
  });

  app.openapi(getRoute, async (c) => {
    const actor = signedIn(c);
    const { person, facts } = await loadPersonFacts(deps.db, actor, c.req.valid("param").id);
    authorize(c, "person:read", facts);
    return c.json(presentPerson(person), 200);
  });

  app.openapi(updateRoute, async (c) => {
    const { id } = c.req.valid("param");
    const updated = await updatePersonAs(deps, signedIn(c), id, c.req.valid("json"));
    return c.json(presentPerson(updated), 200);
  });

  app.openapi(deleteRoute, async (c) => {
    await removePerson(deps.db, signedIn(c), c.req.valid("param").id);
    return c.body(null, 204);
  });
}
