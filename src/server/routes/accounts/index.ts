import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { changeOrgRole } from "../../../app/change-org-role.ts";
import { deactivateAccount, reactivateAccount } from "../../../app/deactivate-account.ts";
import { erasePersonData } from "../../../app/erase-person-data.ts";
import { readAccount } from "../../../app/read-account.ts";
import { transferOwnership } from "../../../app/transfer-ownership.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { signedIn } from "../../authorize.ts";
import { problemResponses } from "../../problem-responses.ts";
import { personIdParamSchema } from "../people/schema.ts";
import {
  accountSchema,
  erasedSchema,
  eraseSchema,
  rolePatchSchema,
  transferSchema,
} from "./schema.ts";

/** What the account routes need. */
export interface AccountDeps {
  db: Database;
  now: () => Date;
}

const tags = ["accounts"];
const accountJson = { "application/json": { schema: accountSchema } };
const answers = {
  200: { description: "The account", content: accountJson },
  ...problemResponses(400, 401, 403, 404, 409),
};

const getRoute = createRoute({
  method: "get",
  path: "/api/v1/people/{id}/account",
  tags,
  summary: "A person's account: sign-in email, organisation role, active or deactivated",
  description: "For admins and owners, and for the person themself.",
  request: { params: personIdParamSchema },
  responses: answers,
});

const roleRoute = createRoute({
  method: "patch",
  path: "/api/v1/people/{id}/account",
  tags,
  summary: "Change a person's organisation role (admins; owners for owner changes)",
  description:
    "Owner, admin or member. Admins change members and admins; only owners make owners or change an owner's role. The organisation always keeps at least one active owner: demoting the last one answers 409.",
  request: {
    params: personIdParamSchema,
    body: { required: true, content: { "application/json": { schema: rolePatchSchema } } },
  },
  responses: answers,
});

const deactivateRoute = createRoute({
  method: "post",
  path: "/api/v1/people/{id}/account/deactivate",
  tags,
  summary: "Deactivate a person's account (admins)",
  description:
    "They can no longer sign in, and every session and API token of theirs ends at once; their history stays. The last active owner cannot be deactivated (409).",
  request: { params: personIdParamSchema },
  responses: answers,
});

const reactivateRoute = createRoute({
  method: "post",
  path: "/api/v1/people/{id}/account/reactivate",
  description:
    "Admins let a deactivated account sign in again; its data was kept while it was off.",
  tags,
  summary: "Let a deactivated account sign in again (admins)",
  request: { params: personIdParamSchema },
  responses: answers,
});

const transferRoute = createRoute({
  method: "post",
  path: "/api/v1/organisation/transfer-ownership",
  tags,
  summary: "Hand ownership to another person (owners)",
  description:
    "In one step the person becomes an owner and the owner asking becomes an admin. Answers the new owner's account.",
  request: {
    body: { required: true, content: { "application/json": { schema: transferSchema } } },
  },
  responses: answers,
});

const eraseRoute = createRoute({
  method: "post",
  path: "/api/v1/people/{id}/erase",
  tags,
  summary: "Delete this person's data, on their request (admins)",
  description:
    "Removes the person and everything about them (assessments, evidence, growth plans, feedback requests), the peer feedback they gave and their account. Manager assessments they wrote stay as their reports' history, without a rater. The audit trail stays: entries about them lose their details, and the erasure itself is recorded with counts. Confirm by sending the person's name. Refused (409) while they are the last owner.",
  request: {
    params: personIdParamSchema,
    body: { required: true, content: { "application/json": { schema: eraseSchema } } },
  },
  responses: {
    200: { description: "Erased", content: { "application/json": { schema: erasedSchema } } },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

/**
 * Mounts the account routes: read a person's account, change their organisation role,
 * deactivate and reactivate it, erase a person's data, and hand over ownership.
 *
 * @example
 * mountAccounts(app, { db, now });
 */
export function mountAccounts(app: OpenAPIHono<AppEnv>, deps: AccountDeps): void {
  app.openapi(getRoute, async (c) => {
    const account = await readAccount(deps.db, signedIn(c), c.req.valid("param").id);
    return c.json(account, 200);
  });

  app.openapi(roleRoute, async (c) => {
    const { id } = c.req.valid("param");
    const account = await changeOrgRole(deps.db, signedIn(c), id, c.req.valid("json").role);
    return c.json(account, 200);
  });

  app.openapi(deactivateRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await deactivateAccount(deps.db, signedIn(c), id, deps.now()), 200);
  });

  app.openapi(reactivateRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await reactivateAccount(deps.db, signedIn(c), id), 200);
  });

  app.openapi(eraseRoute, async (c) => {
    const { id } = c.req.valid("param");
    const erased = await erasePersonData(deps.db, signedIn(c), id, c.req.valid("json").confirm);
    return c.json(erased, 200);
  });

  app.openapi(transferRoute, async (c) => {
    const { personId } = c.req.valid("json");
    return c.json(await transferOwnership(deps.db, signedIn(c), personId), 200);
  });
}
