import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import { placeNewcomer } from "../../../app/place-newcomer.ts";
import { savePlacementAs } from "../../../app/save-placement.ts";
import type { EntryPlacement } from "../../../engine/placement/place-entry.ts";
import type { Framework } from "../../../framework/schema.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { signedIn } from "../../authorize.ts";
import { problemResponses } from "../../problem-responses.ts";
import { presentPerson } from "../people/present-person.ts";
import { personIdParamSchema } from "../people/schema.ts";
import { savedPlacementSchema, savePlacementRequestSchema } from "./save-schema.ts";
import { placementRequestSchema, placementSchema } from "./schema.ts";

const placeRoute = createRoute({
  method: "post",
  path: "/api/v1/placement",
  security: [],
  tags: ["placement"],
  summary: "Suggest where a newcomer enters the ladder",
  description:
    "Works without an account: signed-in callers are placed on their organisation's framework, others on this server's default framework.",
  request: {
    body: { required: true, content: { "application/json": { schema: placementRequestSchema } } },
  },
  responses: {
    200: {
      description: "The placement",
      content: { "application/json": { schema: placementSchema } },
    },
    ...problemResponses(400),
  },
});

const saveRoute = createRoute({
  method: "post",
  path: "/api/v1/people/{id}/placement",
  tags: ["placement"],
  summary: "Save a placement as a person's starting point (admins)",
  description:
    "Places the person from the background (and optional self-ratings) given, then saves that background and the starting role: the first-ranked option, or another offered one named in `roleId`. The role change is recorded in the role history.",
  request: {
    params: personIdParamSchema,
    body: {
      required: true,
      content: { "application/json": { schema: savePlacementRequestSchema } },
    },
  },
  responses: {
    200: {
      description: "Saved",
      content: { "application/json": { schema: savedPlacementSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

function presentPlacement(framework: Framework, version: string, placement: EntryPlacement) {
  const titles = new Map(framework.roles.map((role) => [role.id, role.title]));
  const withTitle = (entry: EntryPlacement["options"][number]) => ({
    ...entry,
    roleTitle: titles.get(entry.roleId) ?? entry.roleId,
  });
  return {
    frameworkVersion: version,
    recommended: placement.recommended.map(withTitle),
    options: placement.options.map(withTitle),
    considered: placement.considered,
    reason: placement.reason,
  };
}

/**
 * Mounts `POST /api/v1/placement` (entry placement from a background, no account needed) and
 * `POST /api/v1/people/{id}/placement` (saving it as a person's starting point).
 *
 * @example
 * mountPlacement(app, { db, frameworks, now });
 */
export function mountPlacement(
  app: OpenAPIHono<AppEnv>,
  deps: { db: Database; frameworks: FrameworkSource; now: () => Date },
): void {
  app.openapi(placeRoute, async (c) => {
    const actor = c.get("actor");
    const { framework, version } = await deps.frameworks.current(
      actor.kind === "user" ? actor.orgId : null,
    );
    const placement = placeNewcomer(framework, c.req.valid("json"));
    return c.json(presentPlacement(framework, version, placement), 200);
  });

  app.openapi(saveRoute, async (c) => {
    const actor = signedIn(c);
    const saved = await savePlacementAs(deps, actor, c.req.valid("param").id, c.req.valid("json"));
    const { framework } = await deps.frameworks.current(actor.orgId);
    return c.json(
      {
        person: presentPerson(saved.person),
        placement: presentPlacement(framework, saved.frameworkVersion, saved.placement),
      },
      200,
    );
  });
}
