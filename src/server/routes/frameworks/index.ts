import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import {
  checkFrameworkSource,
  type FrameworkSourceText,
  importFrameworkVersion,
} from "../../../app/import-framework-version.ts";
import { previewFrameworkPublish } from "../../../app/preview-framework-publish.ts";
import { publishFramework } from "../../../app/publish-framework.ts";
import {
  diffFrameworkVersions,
  readFrameworkVersions,
} from "../../../app/read-framework-versions.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { signedIn } from "../../authorize.ts";
import type { OffThread } from "../../off-thread/off-thread.ts";
import { offThreadAggregates } from "../../off-thread/off-thread-aggregates.ts";
import { problemResponses } from "../../problem-responses.ts";
import { mountFrameworkDrafts } from "./drafts.ts";
import { presentIssue, presentVersion } from "./present-framework.ts";
import { publishPreviewSchema, publishRequestSchema } from "./publish-schema.ts";
import {
  currentFrameworkSchema,
  diffQuerySchema,
  frameworkDiffSchema,
  frameworkSourceSchema,
  frameworkVersionSchema,
  idParamSchema,
  validationSchema,
} from "./schema.ts";

/** What the framework routes need. */
export interface FrameworkDeps {
  db: Database;
  frameworks: FrameworkSource;
  offThread: OffThread;
}

const tags = ["frameworks"];
const errors = problemResponses(400, 401, 403, 404, 409);
const json = <T extends z.ZodType>(schema: T) => ({ "application/json": { schema } });
const sourceBody = { required: true, content: json(frameworkSourceSchema) };

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/frameworks",
  description:
    "Every version of the organisation's framework, newest first: drafts, the published one and retired ones.",
  tags,
  summary: "The organisation's framework versions, newest first",
  responses: {
    200: {
      description: "Versions",
      content: json(z.object({ items: z.array(frameworkVersionSchema) })),
    },
    ...errors,
  },
});
const currentRoute = createRoute({
  method: "get",
  path: "/api/v1/frameworks/current",
  description:
    "The framework everyone is assessed against. Without an account it answers the server's default framework, so the career map can be explored before signing in.",
  security: [],
  tags,
  summary: "The published framework document (the server's default without an account)",
  responses: {
    200: {
      description: "The framework",
      content: json(currentFrameworkSchema),
    },
    ...errors,
  },
});
const validateRoute = createRoute({
  method: "post",
  path: "/api/v1/frameworks/validate",
  description:
    "Admins check a framework file before importing it: every problem with where it is and how to fix it, and warnings. Nothing is stored.",
  tags,
  summary: "Check a framework file without storing it (admins)",
  request: { body: sourceBody },
  responses: {
    200: {
      description: "Every problem found, with line and column",
      content: json(validationSchema),
    },
    ...errors,
  },
});
const importRoute = createRoute({
  method: "post",
  path: "/api/v1/frameworks",
  description:
    "Admins import a framework file (YAML or JSON) as a draft version; it is checked first and nothing is stored when it has problems. Publishing is a separate step.",
  tags,
  summary: "Import a framework file as a draft version (admins)",
  request: { body: sourceBody },
  responses: {
    201: { description: "Stored as a draft", content: json(frameworkVersionSchema) },
    ...errors,
  },
});
const publishRoute = createRoute({
  method: "post",
  path: "/api/v1/frameworks/{id}/publish",
  tags,
  summary: "Publish a version and apply its migration; the previous one retires (admins)",
  description:
    "People's roles and preferences, growth plans, title mappings and open feedback requests follow the new version's ids in the same transaction. Refused (400, naming each role) while anyone would be left without a role, unless `roleMapping` says where they go.",
  request: {
    params: idParamSchema,
    body: { required: false, content: json(publishRequestSchema) },
  },
  responses: {
    200: { description: "Published", content: json(frameworkVersionSchema) },
    ...errors,
  },
});
const publishPreviewRoute = createRoute({
  method: "post",
  path: "/api/v1/frameworks/{id}/publish-preview",
  tags,
  summary: "What publishing a version would change, changing nothing (admins)",
  description:
    "Whose role is renamed, merged or lost, which competencies' history carries over, merges or is dropped (with rating counts), and how readiness for the next role moves across the organisation, for the role mapping given.",
  request: {
    params: idParamSchema,
    body: { required: false, content: json(publishRequestSchema) },
  },
  responses: {
    200: { description: "The impact of publishing", content: json(publishPreviewSchema) },
    ...errors,
  },
});
const diffRoute = createRoute({
  method: "get",
  path: "/api/v1/frameworks/{id}/diff",
  description:
    "Admins compare a version with another (the published one by default): competencies and roles added, removed, renamed or changed, and expectations that moved.",
  tags,
  summary: "What changed from another version (default: the published one)",
  request: { params: idParamSchema, query: diffQuerySchema },
  responses: {
    200: { description: "The differences", content: json(frameworkDiffSchema) },
    ...errors,
  },
});

/**
 * Mounts framework versions: list, current document, validate, import, publish and diff, and the
 * editor's drafts.
 *
 * @example
 * mountFrameworks(app, { db, frameworks, offThread });
 */
export function mountFrameworks(app: OpenAPIHono<AppEnv>, deps: FrameworkDeps): void {
  // Publishing computes everyone's analytics again: the engine runs on the worker threads.
  const publishDeps = { ...deps, computeAggregates: offThreadAggregates(deps.offThread) };
  // A large framework takes seconds to parse and check: never on the request thread.
  const parseOffThread = (input: FrameworkSourceText) =>
    deps.offThread.run("importFrameworkFile", input);
  app.openapi(listRoute, async (c) => {
    const rows = await readFrameworkVersions(deps.db, signedIn(c));
    return c.json({ items: rows.map(presentVersion) }, 200);
  });

  app.openapi(currentRoute, async (c) => {
    const actor = c.get("actor");
    const { framework, version } = await deps.frameworks.current(
      actor.kind === "user" ? actor.orgId : null,
    );
    return c.json({ version, framework }, 200);
  });

  app.openapi(validateRoute, async (c) => {
    const result = await checkFrameworkSource(signedIn(c), c.req.valid("json"), parseOffThread);
    const issues = result.ok ? result.warnings : result.issues;
    const assumed = result.ok ? result.assumed : [];
    return c.json(
      { valid: result.ok, shape: result.shape, assumed, issues: issues.map(presentIssue) },
      200,
    );
  });

  app.openapi(importRoute, async (c) => {
    const stored = await importFrameworkVersion(
      deps.db,
      signedIn(c),
      c.req.valid("json"),
      parseOffThread,
    );
    return c.json(presentVersion(stored), 201);
  });

  app.openapi(publishRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { roleMapping } = c.req.valid("json") ?? {};
    const published = await publishFramework(publishDeps, signedIn(c), id, {
      ...(roleMapping ? { roleMapping } : {}),
    });
    return c.json(presentVersion(published), 200);
  });

  app.openapi(publishPreviewRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { roleMapping } = c.req.valid("json") ?? {};
    const preview = await previewFrameworkPublish(deps, signedIn(c), id, {
      ...(roleMapping ? { roleMapping } : {}),
    });
    return c.json({ ...preview }, 200);
  });

  app.openapi(diffRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { against } = c.req.valid("query");
    const diff = await diffFrameworkVersions(deps.db, signedIn(c), id, against);
    return c.json({ ...diff }, 200);
  });

  mountFrameworkDrafts(app, deps);
}
