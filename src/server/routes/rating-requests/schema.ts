import { z } from "@hono/zod-openapi";
import type { AskToRateResult } from "../../../app/ask-to-rate-competencies.ts";
import { exactSchema } from "../../exact-schema.ts";
import { idSchema } from "../../id-schema.ts";

/** Whom to ask to rate themselves, on which competencies. */
export const ratingRequestAskSchema = z
  .strictObject({
    competencies: z
      .array(z.string().min(1).max(100))
      .min(1)
      .max(20)
      .openapi({
        description:
          "Competency ids of the published framework, usually those a new version added.",
        example: ["technical-fluency"],
      }),
    managerId: idSchema.nullable().optional().openapi({
      description: "Ask only the people under this manager, directly or not; everyone when absent.",
    }),
    message: z.string().trim().max(2000).optional(),
  })
  .openapi("RatingRequestAsk", {
    description: "Whom to ask to rate themselves, on which competencies.",
  });

/** How many were asked, who was not and why. */
export const ratingRequestResultSchema = exactSchema<AskToRateResult>()(
  z
    .object({
      asked: z.number(),
      alreadyAsked: z
        .number()
        .openapi({ description: "People with the same request open already: not asked again." }),
      withoutAccount: z.number().openapi({
        description: "People who cannot sign in (no account, or deactivated): not asked.",
      }),
      sentence: z.string(),
    })
    .openapi("RatingRequestResult", { description: "How many were asked, who was not and why." }),
);
