import { z } from "@hono/zod-openapi";
import { idParam, idSchema } from "../../id-schema.ts";
import { ratingSchema } from "../assessments/schema.ts";

/** Asks someone to rate chosen competencies of a person. */
export const feedbackAskSchema = z
  .strictObject({
    addresseePersonId: idSchema,
    competencies: z.array(z.string().min(1).max(100)).min(1).max(20),
    message: z.string().trim().max(2000).optional(),
  })
  .openapi("FeedbackAsk", { description: "Asks someone to rate chosen competencies of a person." });

/** A peer's answer: ratings of the competencies asked, submitted at once. */
export const feedbackAnswerSchema = z
  .strictObject({ ratings: z.array(ratingSchema).min(1).max(20) })
  .openapi("FeedbackAnswer", {
    description: "A peer's answer: ratings of the competencies asked, submitted at once.",
  });

/** A feedback request as the API shows it. */
export const feedbackRequestSchema = z
  .object({
    id: z.string(),
    personId: z.string(),
    addresseePersonId: z.string(),
    competencies: z.array(z.string()),
    message: z.string().nullable(),
    status: z.enum(["open", "answered", "declined", "withdrawn"]).openapi({
      description: "`withdrawn`: a new framework version left nothing in the request to rate.",
    }),
    closedReason: z
      .string()
      .nullable()
      .openapi({ description: "Why the request closed without an answer, in words." }),
    assessmentId: z.string().nullable(),
    requesterName: z
      .string()
      .nullable()
      .openapi({ description: "Who asked: their name, or null when their account is gone." }),
    createdAt: z.string(),
  })
  .openapi("FeedbackRequest", { description: "A feedback request as the API shows it." });

/** The `{id}` path parameter. */
export const idParamSchema = z.object({
  id: idParam("id"),
});
