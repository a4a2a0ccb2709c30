import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { exportOrganisationCsv } from "../../../app/export-organisation-csv.ts";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import type { CsvExportKind } from "../../../storage/csv-exports/export-csv.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { signedIn } from "../../authorize.ts";
import { idSchema } from "../../id-schema.ts";
import { problemResponses } from "../../problem-responses.ts";

/** What the export routes need. */
export interface ExportsDeps {
  db: Database;
  frameworks: FrameworkSource;
}

const csvBody = { "text/csv": { schema: z.string() } };

function exportRoute(kind: CsvExportKind, summary: string, description: string) {
  return createRoute({
    method: "get",
    path: `/api/v1/exports/${kind}.csv`,
    tags: ["exports"],
    summary,
    description,
    request:
      kind === "team-analytics"
        ? {
            query: z.object({
              managerId: idSchema.optional().openapi({
                param: { name: "managerId", in: "query" },
                description: "Whose team: the manager's person id; leave out for your own team.",
              }),
            }),
          }
        : {},
    responses: {
      200: { description: "The CSV file", content: csvBody },
      ...problemResponses(400, 401, 403, 404),
    },
  });
}

const peopleRoute = exportRoute(
  "people",
  "People as CSV (admins)",
  "name, email, job title, role id, manager email, team, start date: the people import's columns, so an edited export imports as it is.",
);
const ratingsRoute = exportRoute(
  "ratings",
  "Submitted ratings as CSV (admins)",
  "One row per rating of every submitted assessment.",
);
const teamRoute = exportRoute(
  "team-analytics",
  "Team analytics as CSV",
  "Per team and competency, the mean level and how many people it rests on. Admins get the whole organisation; with managerId, a manager gets their reports.",
);

function csvFile(c: Context<AppEnv>, kind: CsvExportKind, csv: string) {
  return c.body(csv, 200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="${kind}.csv"`,
  });
}

/**
 * Mounts the CSV exports of people, ratings and team analytics; each is an audited read.
 *
 * @example
 * mountExports(app, { db, frameworks });
 */
export function mountExports(app: OpenAPIHono<AppEnv>, deps: ExportsDeps): void {
  const exportDeps = {
    db: deps.db,
    framework: (orgId: string) => deps.frameworks.current(orgId),
  };
  async function csvExport(c: Context<AppEnv>, kind: CsvExportKind, managerId?: string) {
    const options = managerId === undefined ? {} : { managerId };
    const csv = await exportOrganisationCsv(exportDeps, signedIn(c), kind, options);
    return csvFile(c, kind, csv);
  }
  app.openapi(peopleRoute, (c) => csvExport(c, "people"));
  app.openapi(ratingsRoute, (c) => csvExport(c, "ratings"));
  app.openapi(teamRoute, (c) => {
    // The validated query: its id is the lower-cased one every other read uses.
    // (Typed by hand: exportRoute builds three routes, so the query type is not inferred.)
    const { managerId } = c.req.valid("query" as never) as { managerId?: string };
    return csvExport(c, "team-analytics", managerId);
  });
}
