import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import { exportFrameworkVersion } from "../../../app/framework-drafts/export-framework-version.ts";
import type { FrameworkDraftView } from "../../../app/framework-drafts/framework-draft-view.ts";
import { readFrameworkDraft } from "../../../app/framework-drafts/read-framework-draft.ts";
import { saveFrameworkDraft } from "../../../app/framework-drafts/save-framework-draft.ts";
import { startFrameworkDraft } from "../../../app/framework-drafts/start-framework-draft.ts";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import type { Framework } from "../../../framework/schema.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { signedIn } from "../../authorize.ts";
import { problemResponses } from "../../problem-responses.ts";
import {
  draftEditSchema,
  exportQuerySchema,
  frameworkDraftSchema,
  frameworkFilesSchema,
} from "./draft-schema.ts";
import { idParamSchema } from "./schema.ts";

const tags = ["frameworks"];
const errors = problemResponses(400, 401, 403, 404, 409);
const json = <T extends z.ZodType>(schema: T) => ({ "application/json": { schema } });

const startRoute = createRoute({
  method: "post",
  path: "/api/v1/framework-drafts",
  description:
    "An admin starts a draft from the published framework, as its next minor version, to edit in the app before anyone sees the change.",
  tags,
  summary: "Start a draft from the published framework, to edit in the app (admins)",
  responses: {
    201: { description: "The new draft", content: json(frameworkDraftSchema) },
    ...errors,
  },
});
const readRoute = createRoute({
  method: "get",
  path: "/api/v1/framework-drafts/{id}",
  description:
    "An admin reads a draft as last saved: its working copy, the revision to save against and every problem found in it.",
  tags,
  summary: "A draft's working copy, revision and problems (admins)",
  request: { params: idParamSchema },
  responses: {
    200: { description: "The draft", content: json(frameworkDraftSchema) },
    ...errors,
  },
});
const saveRoute = createRoute({
  method: "put",
  path: "/api/v1/framework-drafts/{id}",
  tags,
  summary: "Save a draft's working copy, checked like a framework file (admins)",
  description:
    "The copy is stored even with problems, which come back with their paths; a draft saved by someone else since `revision` answers 409 naming who saved it and when.",
  request: { params: idParamSchema, body: { required: true, content: json(draftEditSchema) } },
  responses: {
    200: { description: "Saved, with every problem found", content: json(frameworkDraftSchema) },
    ...errors,
  },
});
const exportRoute = createRoute({
  method: "get",
  path: "/api/v1/frameworks/{id}/export",
  description:
    "An admin downloads a version, draft or published, as one YAML or JSON file or as one CSV file per sheet, so a copy of the framework can be kept in a repository.",
  tags,
  summary: "A version as YAML, JSON or CSV files (admins)",
  request: { params: idParamSchema, query: exportQuerySchema },
  responses: {
    200: { description: "The files", content: json(frameworkFilesSchema) },
    ...errors,
  },
});

function present(view: FrameworkDraftView): z.infer<typeof frameworkDraftSchema> {
  return {
    ...view,
    // A working copy with problems keeps the framework's shape, short of what is being fixed.
    document: view.document as Framework,
    savedAt: view.savedAt?.toISOString() ?? null,
  };
}

/**
 * Mounts the framework editor's routes: start a draft, open it, save it, download a version.
 *
 * @example mountFrameworkDrafts(app, deps);
 */
export function mountFrameworkDrafts(
  app: OpenAPIHono<AppEnv>,
  deps: { db: Database; frameworks: FrameworkSource },
): void {
  app.openapi(startRoute, async (c) => {
    return c.json(present(await startFrameworkDraft(deps, signedIn(c))), 201);
  });

  app.openapi(readRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(present(await readFrameworkDraft(deps.db, signedIn(c), id)), 200);
  });

  app.openapi(saveRoute, async (c) => {
    const { id } = c.req.valid("param");
    const saved = await saveFrameworkDraft(deps.db, signedIn(c), id, c.req.valid("json"));
    return c.json(present(saved), 200);
  });

  app.openapi(exportRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { format } = c.req.valid("query");
    return c.json(await exportFrameworkVersion(deps.db, signedIn(c), id, format), 200);
  });
}
