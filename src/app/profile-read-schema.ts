import { z } from "zod";
import type { NextRole } from "../engine/fit/next-role.ts";
import type { CompetencyScore, Profile } from "../engine/types.ts";

const raterKind = z.enum(["self", "manager", "peer"]);

/** The aggregated picture of one competency, as the engine computes it. */
export const competencyScoreSchema = z
  .object({
    competency: z.string(),
    level: z
      .number()
      .nullable()
      .meta({ description: "null when nobody rated it: unknown, never zero." }),
    byRater: z.partialRecord(raterKind, z.number()),
    raters: z.number().int(),
    spread: z.number(),
    confidence: z.number(),
    confidenceLevel: z.enum(["high", "medium", "low"]),
    lowConfidence: z.boolean(),
    selfVsManager: z.number().nullable(),
    evidenceCount: z.number().int(),
    reason: z.string(),
  })
  .meta({
    id: "CompetencyScore",
    description: "Where a person stands on one competency: the level, how sure it is and why.",
  }) satisfies z.ZodType<CompetencyScore>;

/** The role a person is working towards and why (see src/engine/fit/next-role.ts). */
export const nextRoleSchema = z.object({ roleId: z.string(), reason: z.string() }).meta({
  id: "NextRole",
  description: "The role a person is working towards, and why.",
}) satisfies z.ZodType<NextRole>;

const engineProfileSchema = z.object({
  personId: z.string(),
  frameworkVersion: z.string(),
  competencies: z.record(z.string(), competencyScoreSchema),
  selfOnly: z.boolean(),
  notAssessedYet: z.array(z.string()).optional().meta({
    description:
      "Unrated competencies newer than every assessment of the person: they do not hold readiness back.",
  }),
  reason: z.string(),
}) satisfies z.ZodType<Profile>;

/**
 * A person's profile as every surface is given it: the engine's aggregated profile and the role
 * they are working towards (null when there is none).
 */
export const profileReadSchema = engineProfileSchema
  .extend({
    nextRole: nextRoleSchema
      .nullable()
      .meta({ description: "The role the person is working towards; null when there is none." }),
    history: z.string().nullable().meta({
      description:
        "What the profile rests on across framework versions, in words; null when every assessment was made against the published version.",
    }),
  })
  .meta({
    id: "Profile",
    description:
      "A person's profile: their level per competency from every assessment they may be shown, and the role they work towards.",
  });

/** A person's profile with their next role, validated by {@link profileReadSchema}. */
export type ProfileRead = z.infer<typeof profileReadSchema>;
