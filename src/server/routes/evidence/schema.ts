import { z } from "@hono/zod-openapi";
import { idParam } from "../../id-schema.ts";
import { nonEmptyPatch } from "../../non-empty-patch.ts";
import { pageQuerySchema } from "../../pagination.ts";

const visibility = z.enum(["private", "manager", "org"]).openapi({
  description:
    "private: only you; manager: you and your manager chain; org: everyone in the organisation.",
});
const isoDate = z.iso.date().openapi({ example: "2026-03-14" });

/** A new entry in a person's impact log. */
export const evidenceInputSchema = z
  .strictObject({
    date: isoDate,
    title: z.string().trim().min(1).max(300).openapi({ example: "Launched self-serve onboarding" }),
    outcome: z
      .string()
      .trim()
      .max(4000)
      .optional()
      .openapi({ example: "Activation up 12% in six weeks" }),
    competencies: z.array(z.string().min(1).max(100)).max(20).default([]),
    visibility: visibility.default("private"),
  })
  .openapi("EvidenceInput", { description: "A new entry in a person's impact log." });

/** Changes to an evidence entry. */
export const evidencePatchSchema = nonEmptyPatch(
  z.strictObject({
    date: isoDate.optional(),
    title: z.string().trim().min(1).max(300).optional(),
    outcome: z.string().trim().max(4000).optional(),
    competencies: z.array(z.string().min(1).max(100)).max(20).optional(),
    visibility: visibility.optional(),
  }),
).openapi("EvidencePatch", { description: "Changes to an evidence entry." });

/** An evidence entry as the API shows it. */
export const evidenceSchema = z
  .object({
    id: z.string(),
    personId: z.string(),
    date: z.string(),
    title: z.string(),
    outcome: z.string().nullable(),
    competencies: z.array(z.string()),
    visibility,
  })
  .openapi("Evidence", { description: "An evidence entry as the API shows it." });

/** The `{id}` path parameter. */
export const idParamSchema = z.object({
  id: idParam("id"),
});

/** A page of a person's evidence, narrowed by words, a competency and a date range. */
export const evidenceQuerySchema = pageQuerySchema.extend({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .openapi({
      param: { name: "q", in: "query" },
      description: "Words found in the title or the outcome.",
      example: "onboarding",
    }),
  competency: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({
      param: { name: "competency", in: "query" },
      description: "Only entries tagged with this competency of the framework, such as strategy.",
      example: "strategy",
    }),
  from: isoDate
    .optional()
    .openapi({ param: { name: "from", in: "query" }, description: "On or after this date." }),
  to: isoDate
    .optional()
    .openapi({ param: { name: "to", in: "query" }, description: "On or before this date." }),
});
