import { z } from "@hono/zod-openapi";
import { ratingSchema } from "../assessments/schema.ts";

/** A newcomer's background, as entry placement reads it. */
export const backgroundSchema = z
  .strictObject({
    yearsExperience: z.number().min(0).max(60).openapi({ example: 6 }),
    yearsInProduct: z
      .number()
      .min(0)
      .max(60)
      .optional()
      .openapi({ example: 0, description: "Years working as a product manager, anywhere." }),
    yearsInProductAdjacent: z.number().min(0).max(60).openapi({ example: 4 }),
    domainExpertise: z.boolean(),
    startupExperience: z.boolean(),
    peopleLeadership: z
      .boolean()
      .openapi({ description: "Led people outside product management." }),
    newGraduate: z.boolean().optional(),
    internalTransfer: z.boolean().optional(),
    bootcamp: z.boolean().optional(),
  })
  .openapi("Background", { description: "A newcomer's background, as entry placement reads it." });

/** The body of an entry placement request. */
export const placementRequestSchema = z
  .strictObject({
    background: backgroundSchema,
    ratings: z.array(ratingSchema).max(50).optional().openapi({
      description:
        "Optional self-ratings; they refine the reasons and move the first option down a level only when they sit far below what it expects.",
    }),
  })
  .openapi("PlacementRequest", { description: "The body of an entry placement request." });

/** One entry role offered, with the route that leads there and why. */
export const entryOptionSchema = z
  .object({
    roleId: z.string(),
    roleTitle: z.string(),
    routeId: z.string(),
    reason: z.string(),
  })
  .openapi("EntryOption", {
    description: "One entry role offered, with the route that leads there and why.",
  });

/** Where a newcomer might enter, with each entry route considered and why. */
export const placementSchema = z
  .object({
    frameworkVersion: z.string(),
    recommended: z.array(entryOptionSchema).openapi({ description: "The first-ranked option." }),
    options: z
      .array(entryOptionSchema)
      .openapi({ description: "Every entry role offered, best first." }),
    considered: z.array(
      z.object({ routeId: z.string(), matched: z.boolean(), reason: z.string() }),
    ),
    reason: z.string(),
  })
  .openapi("Placement", {
    description: "Where a newcomer might enter, with each entry route considered and why.",
  });
