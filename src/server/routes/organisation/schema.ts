import { z } from "@hono/zod-openapi";

/** A change to the organisation's settings. */
export const organisationPatchSchema = z
  .strictObject({
    timeZone: z.string().trim().min(1).max(100).openapi({
      description:
        "The IANA time zone whose calendar decides what day it is for the organisation, e.g. Europe/Berlin.",
      example: "Europe/Berlin",
    }),
  })
  .openapi("OrganisationPatch", { description: "A change to the organisation's settings." });

/** The organisation's name and settings. */
export const organisationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    timeZone: z.string().openapi({ example: "Europe/Berlin" }),
  })
  .openapi("Organisation", { description: "The organisation's name and settings." });
