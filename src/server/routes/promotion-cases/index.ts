import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import { decidePromotionCase } from "../../../app/promotion-cases/decide-promotion-case.ts";
import { editCaseNarrative } from "../../../app/promotion-cases/edit-case-narrative.ts";
import { listPromotionCases } from "../../../app/promotion-cases/list-promotion-cases.ts";
import { openPromotionCase } from "../../../app/promotion-cases/open-promotion-case.ts";
import { readPromotionCase } from "../../../app/promotion-cases/read-promotion-case.ts";
import { sharePromotionCase } from "../../../app/promotion-cases/share-promotion-case.ts";
import { renderCaseMarkdown } from "../../../reports/render-case-markdown.ts";
import type { Database } from "../../../storage/database.ts";
import { promotionDecisions } from "../../../storage/tables/promotion-cases.ts";
import type { AppEnv } from "../../app-env.ts";
import { signedIn } from "../../authorize.ts";
import type { OffThread } from "../../off-thread/off-thread.ts";
import { problemResponses } from "../../problem-responses.ts";
import {
  caseIdParamSchema,
  decisionInputSchema,
  narrativeInputSchema,
  openCaseInputSchema,
  promotionCaseSchema,
  promotionCaseSummarySchema,
  sharingInputSchema,
} from "./schema.ts";

/** What the promotion case routes need. */
export interface PromotionCaseDeps {
  db: Database;
  frameworks: FrameworkSource;
  offThread: OffThread;
}

const tags = ["promotion cases"];
const caseJson = { "application/json": { schema: promotionCaseSchema } };
const params = caseIdParamSchema;
const json = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { "application/json": { schema } },
});

const listRoute = createRoute({
  method: "get",
  path: "/api/v1/promotion-cases",
  tags,
  summary: "The promotion cases you may see",
  description:
    "Admins see every case; managers the cases of the people under them; everyone their own cases once shared with them. Open cases first.",
  responses: {
    200: {
      description: "The cases",
      content: {
        "application/json": { schema: z.object({ items: z.array(promotionCaseSummarySchema) }) },
      },
    },
    ...problemResponses(401),
  },
});

const openRoute = createRoute({
  method: "post",
  path: "/api/v1/promotion-cases",
  tags,
  summary: "Open a promotion case for one of your people (their managers)",
  description:
    "Toward a role of the published framework; one open case per person and role. The case is filled by the engine whenever it is read.",
  request: { body: json(openCaseInputSchema) },
  responses: {
    201: { description: "The case, filled", content: caseJson },
    ...problemResponses(400, 401, 403, 404),
  },
});

const readRoute = createRoute({
  method: "get",
  path: "/api/v1/promotion-cases/{id}",
  tags,
  summary: "A promotion case, filled by the engine now",
  description:
    "The fit for the target role, each expectation with its ratings and evidence, the gaps and the confidence. The person's managers and admins read it; the person once it is shared.",
  request: { params },
  responses: {
    200: { description: "The case", content: caseJson },
    ...problemResponses(400, 401, 403, 404),
  },
});

const narrativeRoute = createRoute({
  method: "put",
  path: "/api/v1/promotion-cases/{id}/narrative",
  description:
    "The person's managers write the case's narrative while the case is open; saving replaces the previous text.",
  tags,
  summary: "Save a case's narrative (the person's managers, while it is open)",
  request: { params, body: json(narrativeInputSchema) },
  responses: {
    200: {
      description: "The narrative as saved",
      content: {
        "application/json": {
          schema: z.object({ narrative: z.string(), updatedAt: z.string() }),
        },
      },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const sharingRoute = createRoute({
  method: "put",
  path: "/api/v1/promotion-cases/{id}/sharing",
  description:
    "The person's managers choose whether the person sees the case; it is hidden from them by default.",
  tags,
  summary: "Show a case to the person it is about, or stop (the person's managers)",
  request: { params, body: json(sharingInputSchema) },
  responses: {
    200: {
      description: "Whether the person sees it",
      content: { "application/json": { schema: z.object({ sharedWithPerson: z.boolean() }) } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const decisionRoute = createRoute({
  method: "post",
  path: "/api/v1/promotion-cases/{id}/decision",
  tags,
  summary: "Record the committee's decision on an open case (admins)",
  description:
    "Promote now, not yet, or promote with a plan; audited, and read by the person's managers.",
  request: { params, body: json(decisionInputSchema) },
  responses: {
    200: {
      description: "The decision",
      content: {
        "application/json": {
          schema: z.object({
            decision: z.enum(promotionDecisions),
            words: z.string(),
            decidedAt: z.string(),
          }),
        },
      },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const markdownRoute = createRoute({
  method: "get",
  path: "/api/v1/promotion-cases/{id}/case.md",
  description:
    "For whoever may read the case: the evidence, profile, fit for the role argued for and the narrative, as Markdown.",
  tags,
  summary: "A promotion case as Markdown",
  request: { params },
  responses: {
    200: { description: "The case", content: { "text/markdown": { schema: z.string() } } },
    ...problemResponses(400, 401, 403, 404),
  },
});

const pdfRoute = createRoute({
  method: "get",
  path: "/api/v1/promotion-cases/{id}/case.pdf",
  description:
    "The same case as the Markdown one, laid out on A4 pages for the promotion committee.",
  tags,
  summary: "A promotion case as an A4 PDF for the committee",
  request: { params },
  responses: {
    200: {
      description: "The case",
      content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

function fileName(name: string, extension: string): string {
  const slug = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `promotion-case-${slug || "person"}.${extension}`;
}

/**
 * Mounts the promotion case routes under `/api/v1/promotion-cases`.
 *
 * @example
 * mountPromotionCases(app, { db, frameworks, offThread });
 */
export function mountPromotionCases(app: OpenAPIHono<AppEnv>, deps: PromotionCaseDeps): void {
  app.openapi(listRoute, async (c) => {
    return c.json({ items: await listPromotionCases(deps, signedIn(c)) }, 200);
  });

  app.openapi(openRoute, async (c) => {
    const actor = signedIn(c);
    const { id } = await openPromotionCase(deps, actor, c.req.valid("json"));
    return c.json(await readPromotionCase(deps, actor, id), 201);
  });

  app.openapi(readRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await readPromotionCase(deps, signedIn(c), id), 200);
  });

  app.openapi(narrativeRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { narrative } = c.req.valid("json");
    return c.json(await editCaseNarrative(deps.db, signedIn(c), id, narrative), 200);
  });

  app.openapi(sharingRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { shared } = c.req.valid("json");
    return c.json(await sharePromotionCase(deps.db, signedIn(c), id, shared), 200);
  });

  app.openapi(decisionRoute, async (c) => {
    const { id } = c.req.valid("param");
    return c.json(await decidePromotionCase(deps.db, signedIn(c), id, c.req.valid("json")), 200);
  });

  app.openapi(markdownRoute, async (c) => {
    const item = await readPromotionCase(deps, signedIn(c), c.req.valid("param").id);
    return c.body(renderCaseMarkdown(item), 200, {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `inline; filename="${fileName(item.person.name, "md")}"`,
    });
  });

  app.openapi(pdfRoute, async (c) => {
    const item = await readPromotionCase(deps, signedIn(c), c.req.valid("param").id);
    const bytes = await deps.offThread.run("renderCasePdf", item);
    return c.body(new Uint8Array(bytes), 200, {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${fileName(item.person.name, "pdf")}"`,
    });
  });
}
