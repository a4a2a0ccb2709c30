import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { setOrganisationTimeZoneAs } from "../../../app/set-organisation-time-zone.ts";
import { checkTimeZone } from "../../../engine/calendar/check-time-zone.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { authorize, signedIn } from "../../authorize.ts";
import { problemResponses } from "../../problem-responses.ts";
import { refuseIssues } from "../../refuse-issues.ts";
import { organisationPatchSchema, organisationSchema } from "./schema.ts";

/** What the organisation settings route needs. */
export interface OrganisationDeps {
  db: Database;
}

const patchRoute = createRoute({
  method: "patch",
  path: "/api/v1/organisation",
  tags: ["organisation"],
  summary: "Change the organisation's settings: its time zone (admins)",
  description:
    "The time zone decides what day it is for the organisation: the start date of a role change, the date on growth reports and imports, and the `today` every session carries.",
  request: {
    body: { required: true, content: { "application/json": { schema: organisationPatchSchema } } },
  },
  responses: {
    200: {
      description: "The organisation with its new settings",
      content: { "application/json": { schema: organisationSchema } },
    },
    ...problemResponses(400, 401, 403),
  },
});

/**
 * Mounts `PATCH /api/v1/organisation`, where admins set the organisation's time zone.
 *
 * @example
 * mountOrganisation(app, { db });
 */
export function mountOrganisation(app: OpenAPIHono<AppEnv>, deps: OrganisationDeps): void {
  app.openapi(patchRoute, async (c) => {
    const actor = signedIn(c);
    authorize(c, "org:settings", { orgId: actor.orgId, ownerPersonId: null, managerChain: [] });
    const { timeZone } = c.req.valid("json");
    refuseIssues("The organisation's time zone needs fixing.", checkTimeZone(timeZone, "timeZone"));
    const organisation = await setOrganisationTimeZoneAs(deps, actor, timeZone);
    return c.json(organisation, 200);
  });
}
