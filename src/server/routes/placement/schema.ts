import { z } from "@hono/zod-openapi";
import { ratingSchema } from "../assessments/schema.ts";

/** A newcomer's background, as entry placement reads it. */
export const backgroundSchema = z
  .strictObject({
    yearsExperience: z.number().min(0).max(60).openapi({ example: 6 }),
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
  .openapi("Background");

/** The body of an entry placement request. */
export const placementRequestSchema = z
  .strictObject({
    background: backgroundSchema,
    ratings: z.array(ratingSchema).max(50).optional().openapi({
      description:
        "Optional self-ratings; with them, placement prefers the most senior matched role the newcomer is already close to.",
    }),
  })
  .openapi("PlacementRequest");

/** Where a newcomer might enter, with each entry route considered and why. */
export const placementSchema = z
  .object({
    frameworkVersion: z.string(),
    recommended: z.array(
      z.object({
        roleId: z.string(),
        roleTitle: z.string(),
        routeId: z.string(),
        reason: z.string(),
      }),
    ),
    considered: z.array(
      z.object({ routeId: z.string(), matched: z.boolean(), reason: z.string() }),
    ),
    reason: z.string(),
  })
  .openapi("Placement");
