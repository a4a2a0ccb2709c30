import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import {
  readDirectoryPerson,
  readPeopleDirectory,
} from "../../../app/accounts/read-people-directory.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { signedIn } from "../../authorize.ts";
import { pageQuerySchema, pageRequest, pageSchema, toPage } from "../../pagination.ts";
import { problemResponses } from "../../problem-responses.ts";
import { presentDirectoryEntry } from "./present-directory-entry.ts";
import {
  directoryEntrySchema,
  directoryIdParamSchema,
  directoryPersonSchema,
  directoryQuerySchema,
} from "./schema.ts";

/** What the People page routes need. */
export interface PeopleDirectoryDeps {
  db: Database;
  now: () => Date;
}

const tags = ["people"];

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/people-directory",
  tags,
  summary: "Everyone with role, manager, team and account status (admins)",
  description:
    "Searchable by name or email, filterable by account status (none, invited, active, deactivated), team and role; by name, a page at a time.",
  request: { query: pageQuerySchema.extend(directoryQuerySchema.shape) },
  responses: {
    200: {
      description: "A page of people",
      content: { "application/json": { schema: pageSchema(directoryEntrySchema) } },
    },
    ...problemResponses(400, 401, 403),
  },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/v1/people-directory/{id}",
  description:
    "Admins open a person of the People page: their account's state, organisation role and the roles they held, newest first.",
  tags,
  summary: "A person with their account status and role history (admins)",
  request: { params: directoryIdParamSchema },
  responses: {
    200: {
      description: "The person",
      content: { "application/json": { schema: directoryPersonSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

/**
 * Mounts the People page's reads: the directory and one person in it.
 *
 * @example
 * mountPeopleDirectory(app, { db, now });
 */
export function mountPeopleDirectory(app: OpenAPIHono<AppEnv>, deps: PeopleDirectoryDeps): void {
  app.openapi(listRoute, async (c) => {
    const { limit, cursor, ...filter } = c.req.valid("query");
    const page = pageRequest({ limit, cursor });
    const rows = await readPeopleDirectory(deps.db, signedIn(c), filter, {
      limit: page.limit + 1,
      offset: page.offset,
    });
    const now = deps.now();
    return c.json(
      toPage(
        rows.map((row) => presentDirectoryEntry(row, now)),
        page,
      ),
      200,
    );
  });

  app.openapi(getRoute, async (c) => {
    const person = await readDirectoryPerson(deps.db, signedIn(c), c.req.valid("param").id);
    return c.json(
      { ...presentDirectoryEntry(person, deps.now()), roleHistory: person.roleHistory },
      200,
    );
  });
}
