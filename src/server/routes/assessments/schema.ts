import { z } from "@hono/zod-openapi";
import { idParam, idSchema } from "../../id-schema.ts";

/** One rating: a proficiency on the framework's scale, with an optional note and evidence. */
export const ratingSchema = z
  .strictObject({
    competency: z.string().min(1).max(100).openapi({ example: "strategy" }),
    level: z.number().int().min(1).max(9).openapi({ example: 3 }),
    note: z.string().trim().max(2000).optional(),
    evidence: z.array(idSchema).max(20).optional(),
  })
  .openapi("Rating", {
    description:
      "One rating: a proficiency on the framework's scale, with an optional note and evidence.",
  });

const ratings = z.array(ratingSchema).max(100);

/** Starts a draft assessment of a person. */
export const newAssessmentSchema = z
  .strictObject({
    personId: idSchema,
    raterKind: z.enum(["self", "manager"]).openapi({
      description: "Peers rate through the feedback requests addressed to them.",
    }),
    ratings: ratings.default([]),
  })
  .openapi("NewAssessment", { description: "Starts a draft assessment of a person." });

/** Autosaves a draft: ratings to upsert and competencies to clear. */
export const draftRatingsSchema = z
  .strictObject({ ratings, remove: z.array(z.string().min(1).max(100)).max(100).default([]) })
  .openapi("DraftRatings", {
    description: "Autosaves a draft: ratings to upsert and competencies to clear.",
  });

/** Submits a draft, optionally with last ratings. */
export const submitSchema = z
  .strictObject({ ratings: ratings.default([]) })
  .openapi("SubmitAssessment", { description: "Submits a draft, optionally with last ratings." });

/** An assessment as the API shows it. */
export const assessmentSchema = z
  .object({
    id: z.string(),
    personId: z.string(),
    raterKind: z.enum(["self", "manager", "peer"]),
    raterPersonId: z.string().nullable(),
    frameworkVersion: z.string(),
    status: z.enum(["draft", "submitted"]),
    submittedAt: z.string().nullable(),
    updatedAt: z.string(),
    ratings: z.array(ratingSchema),
  })
  .openapi("Assessment", { description: "An assessment as the API shows it." });

/** The `{id}` path parameter of an assessment or person. */
export const idParamSchema = z.object({
  id: idParam("id"),
});

export type RatingInput = z.infer<typeof ratingSchema>;
