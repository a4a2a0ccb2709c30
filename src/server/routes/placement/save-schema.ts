import { z } from "@hono/zod-openapi";
import { personSchema } from "../people/schema.ts";
import { placementRequestSchema, placementSchema } from "./schema.ts";

/** The body of saving a placement to a person: the question, and optionally the role chosen. */
export const savePlacementRequestSchema = z
  .strictObject({
    ...placementRequestSchema.shape,
    roleId: z.string().min(1).max(100).optional().openapi({
      description: "One of the offered entry roles; the first-ranked one when left out.",
    }),
  })
  .openapi("SavePlacementRequest", {
    description:
      "The body of saving a placement to a person: the question, and optionally the role chosen.",
  });

/** The person as saved, and the placement their starting role came from. */
export const savedPlacementSchema = z
  .object({ person: personSchema, placement: placementSchema })
  .openapi("SavedPlacement", {
    description: "The person as saved, and the placement their starting role came from.",
  });
