import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Logger } from "pino";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import { dayInTimeZone } from "../../../engine/calendar/day-in-time-zone.ts";
import type { Database } from "../../../storage/database.ts";
import { applyPeopleImport } from "../../../storage/people-import/apply-people-import.ts";
import { preparePeopleImport } from "../../../storage/people-import/prepare-people-import.ts";
import type { AppEnv } from "../../app-env.ts";
import { audit } from "../../audit.ts";
import { authorize, notFound, signedIn } from "../../authorize.ts";
import { loggableError } from "../../loggable-error.ts";
import type { OffThread } from "../../off-thread/off-thread.ts";
import { ProblemError } from "../../problem.ts";
import { problemResponses } from "../../problem-responses.ts";
import { createImportJobs } from "./import-jobs.ts";
import { importRefused, presentJob, presentPlan } from "./present-import.ts";
import {
  importIdParamSchema,
  importJobSchema,
  peopleImportInputSchema,
  peopleImportPlanSchema,
} from "./schema.ts";
import { mountTitleMappings } from "./title-mappings.ts";

/** What the import routes need. */
export interface ImportsDeps {
  db: Database;
  frameworks: FrameworkSource;
  now: () => Date;
  logger: Logger;
  offThread: OffThread;
}

const tags = ["imports"];
const jobJson = { "application/json": { schema: importJobSchema } };

const importRoute = createRoute({
  method: "post",
  path: "/api/v1/imports/people",
  tags,
  summary: "Import people from an HRIS CSV export (admins)",
  description:
    "Send the CSV as text/csv (add ?dryRun=true to plan only) or as JSON {csv, dryRun}. A dry run answers the plan. Otherwise a file with any problem is refused whole (400, one error per row and column); a good file is applied in the background: the 202 answer's id is polled at GET /api/v1/imports/{id} for progress.",
  request: {
    query: z.object({
      dryRun: z.enum(["true", "false"]).optional().openapi({
        description:
          "true to answer the plan only, changing nothing; with a file sent as text/csv.",
      }),
    }),
    body: {
      required: false,
      content: {
        "application/json": { schema: peopleImportInputSchema },
        "text/csv": { schema: z.string() },
      },
    },
  },
  responses: {
    200: {
      description: "The plan of a dry run",
      content: { "application/json": { schema: peopleImportPlanSchema } },
    },
    202: { description: "The import started", content: jobJson },
    ...problemResponses(400, 401, 403),
  },
});

const jobRoute = createRoute({
  method: "get",
  path: "/api/v1/imports/{id}",
  tags,
  summary: "Progress of a people import (admins)",
  description:
    "Any server of the organisation answers; an import whose server stopped before it finished reads as failed, with nothing written.",
  request: { params: importIdParamSchema },
  responses: {
    200: { description: "The import", content: jobJson },
    ...problemResponses(400, 401, 403, 404),
  },
});

async function readRequest(c: Context<AppEnv>): Promise<{ csv: string; dryRun: boolean }> {
  const type = c.req.header("content-type") ?? "";
  if (type.includes("json")) {
    const parsed = peopleImportInputSchema.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) {
      throw new ProblemError({
        kind: "validation",
        detail: "The people file could not be read; nothing was changed.",
        errors: [
          {
            path: "(body)",
            message: "The people file is missing.",
            hint: 'Send JSON {"csv": "...", "dryRun": false}, or the file itself as text/csv.',
          },
        ],
      });
    }
    return parsed.data;
  }
  return { csv: await c.req.text(), dryRun: c.req.query("dryRun") === "true" };
}

/**
 * Mounts people imports, their progress, and the job title mappings imports use.
 *
 * @example
 * mountImports(app, { db, frameworks, now });
 */
export function mountImports(app: OpenAPIHono<AppEnv>, deps: ImportsDeps): void {
  const jobs = createImportJobs({
    db: deps.db,
    now: deps.now,
    onError: (error) =>
      deps.logger.warn({ err: loggableError(error) }, "Recording a people import failed."),
  });
  mountTitleMappings(app, deps);

  app.openapi(importRoute, async (c) => {
    const actor = signedIn(c);
    authorize(c, "people:import", { orgId: actor.orgId, ownerPersonId: null, managerChain: [] });
    const { csv, dryRun } = await readRequest(c);
    const { framework } = await deps.frameworks.current(actor.orgId);
    const plan = await preparePeopleImport(deps.db, {
      orgId: actor.orgId,
      framework,
      content: csv,
      // Reading and planning 20,000 rows takes seconds: on a worker thread.
      plan: (input) => deps.offThread.run("planPeopleFile", input),
    });
    if (plan.problems.length > 0) throw importRefused(plan);
    if (dryRun) return c.json(presentPlan(plan), 200);
    const job = await jobs.start({
      orgId: actor.orgId,
      startedBy: actor.userId,
      counts: plan.counts,
    });
    await audit(c, deps.db, {
      action: "people:import",
      targetType: "organisation",
      targetId: actor.orgId,
      detail: { ...plan.counts, importId: job.id },
    });
    const today = dayInTimeZone(deps.now(), c.get("organisation")?.timeZone ?? "UTC");
    jobs.run(job, (onProgress) =>
      applyPeopleImport(deps.db, plan, { orgId: actor.orgId, today, onProgress }),
    );
    c.header("location", `/api/v1/imports/${job.id}`);
    return c.json(presentJob(job), 202);
  });

  app.openapi(jobRoute, async (c) => {
    const actor = signedIn(c);
    authorize(c, "people:import", { orgId: actor.orgId, ownerPersonId: null, managerChain: [] });
    const { id } = c.req.valid("param");
    const job = await jobs.get(actor.orgId, id);
    if (!job) throw notFound("import", id);
    return c.json(presentJob(job), 200);
  });
}
