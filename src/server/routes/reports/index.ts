import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { renderReportMarkdown } from "../../../reports/render-report-markdown.ts";
import type { AppEnv } from "../../app-env.ts";
import type { OffThread } from "../../off-thread/off-thread.ts";
import { problemResponses } from "../../problem-responses.ts";
import { personParamSchema } from "../insights/schema.ts";
import { loadReport, type ReportDeps } from "./load-report.ts";

const tags = ["reports"];

const reportQuerySchema = z.object({
  includePrivate: z.enum(["true", "false"]).optional().openapi({
    description:
      "true for the person's own copy with their private evidence (only they may ask; recorded in the audit log)",
  }),
});
const errors = problemResponses(401, 403, 404);

const markdownRoute = createRoute({
  method: "get",
  path: "/api/v1/people/{id}/report.md",
  description:
    "For the person and their managers: the profile, role fits, paths, plan and evidence they may see, as one Markdown document.",
  tags,
  summary: "A person's growth report as Markdown, fit to attach to a promotion discussion",
  request: { params: personParamSchema, query: reportQuerySchema },
  responses: {
    200: {
      description: "The report",
      content: { "text/markdown": { schema: z.string() } },
    },
    ...errors,
  },
});

const pdfRoute = createRoute({
  method: "get",
  path: "/api/v1/people/{id}/report.pdf",
  description:
    "The same report as the Markdown one, laid out on A4 pages for printing or attaching.",
  tags,
  summary: "A person's growth report as an A4 PDF",
  request: { params: personParamSchema, query: reportQuerySchema },
  responses: {
    200: {
      description: "The report",
      content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } },
    },
    ...errors,
  },
});

function fileName(name: string, extension: string): string {
  const slug = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `growth-report-${slug || "person"}.${extension}`;
}

/**
 * Mounts the growth report downloads (Markdown and PDF), for the person and their managers.
 *
 * @example
 * mountReports(app, { db, frameworks, now: () => new Date() });
 */
export function mountReports(
  app: OpenAPIHono<AppEnv>,
  deps: ReportDeps & { offThread: OffThread },
): void {
  app.openapi(markdownRoute, async (c) => {
    const report = await loadReport(c, deps, c.req.valid("param").id, c.req.valid("query"));
    return c.body(renderReportMarkdown(report), 200, {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `inline; filename="${fileName(report.person.name, "md")}"`,
    });
  });

  app.openapi(pdfRoute, async (c) => {
    const report = await loadReport(c, deps, c.req.valid("param").id, c.req.valid("query"));
    const bytes = await deps.offThread.run("renderReportPdf", report);
    return c.body(new Uint8Array(bytes), 200, {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${fileName(report.person.name, "pdf")}"`,
    });
  });
}
