import { z } from "@hono/zod-openapi";
import { assessmentSchema } from "../assessments/schema.ts";
import { evidenceSchema } from "../evidence/schema.ts";
import { feedbackRequestSchema } from "../feedback/schema.ts";
import { personSchema } from "../people/schema.ts";
import { planSchema } from "../plans/schema.ts";

/** One stint in a role. */
const roleStintSchema = z.object({
  roleId: z.string(),
  from: z.string(),
  to: z.string().nullable(),
});

/** Everything Pathways holds about the signed-in person, as one JSON document. */
export const personalExportSchema = z
  .object({
    format: z.literal("pathways-personal-export"),
    formatVersion: z.literal(1),
    exportedAt: z.string(),
    person: personSchema,
    roleHistory: z.array(roleStintSchema),
    assessments: z.array(assessmentSchema.extend({ raterName: z.string().nullable() })),
    evidence: z.array(evidenceSchema),
    growthPlans: z.array(planSchema),
    feedbackRequests: z.object({
      aboutMe: z.array(feedbackRequestSchema.extend({ addresseeName: z.string().nullable() })),
      askedOfMe: z.array(feedbackRequestSchema.extend({ personName: z.string().nullable() })),
    }),
  })
  .openapi("PersonalExport", {
    description: "Everything Pathways holds about the signed-in person, as one JSON document.",
  });

/** The personal export's shape. */
export type PersonalExport = z.infer<typeof personalExportSchema>;
