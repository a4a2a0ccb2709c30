import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import { checkRoleId } from "../../../framework/check-role-id.ts";
import type { Database } from "../../../storage/database.ts";
import { listTitleMappings, setTitleMapping } from "../../../storage/queries/title-mappings.ts";
import type { AppEnv } from "../../app-env.ts";
import { audit } from "../../audit.ts";
import { authorize, signedIn } from "../../authorize.ts";
import { problemResponses } from "../../problem-responses.ts";
import { refuseIssues } from "../../refuse-issues.ts";
import { titleMappingSchema } from "./schema.ts";

const tags = ["imports"];
const mappingJson = { "application/json": { schema: titleMappingSchema } };

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/imports/title-mappings",
  description:
    "Admins see which job titles found in people files stand for which role of the framework; imports use these to place people.",
  tags,
  summary: "Job titles mapped to framework roles (admins)",
  responses: {
    200: {
      description: "The mappings",
      content: { "application/json": { schema: z.array(titleMappingSchema) } },
    },
    ...problemResponses(401, 403),
  },
});

const putRoute = createRoute({
  method: "put",
  path: "/api/v1/imports/title-mappings",
  tags,
  summary: "Map a job title to a framework role (admins)",
  description:
    "Titles compare without case and punctuation; mapping a title again replaces its role.",
  request: { body: { required: true, content: mappingJson } },
  responses: {
    200: { description: "The saved mapping", content: mappingJson },
    ...problemResponses(400, 401, 403),
  },
});

/** Mounts the job title mappings people imports use. */
export function mountTitleMappings(
  app: OpenAPIHono<AppEnv>,
  deps: { db: Database; frameworks: FrameworkSource },
): void {
  app.openapi(listRoute, async (c) => {
    const actor = signedIn(c);
    authorize(c, "people:import", { orgId: actor.orgId, ownerPersonId: null, managerChain: [] });
    return c.json(await listTitleMappings(deps.db, actor.orgId), 200);
  });

  app.openapi(putRoute, async (c) => {
    const actor = signedIn(c);
    authorize(c, "people:import", { orgId: actor.orgId, ownerPersonId: null, managerChain: [] });
    const { title, roleId } = c.req.valid("json");
    const { framework } = await deps.frameworks.current(actor.orgId);
    refuseIssues(
      "Map the title to a role of the framework.",
      checkRoleId(framework, roleId, "roleId"),
    );
    const saved = await setTitleMapping(deps.db, { orgId: actor.orgId, title, roleId });
    await audit(c, deps.db, {
      action: "people:map-title",
      targetType: "organisation",
      targetId: actor.orgId,
      detail: { ...saved },
    });
    return c.json(saved, 200);
  });
}
