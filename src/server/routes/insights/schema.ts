import { z } from "@hono/zod-openapi";
import { idParam } from "../../id-schema.ts";

const raterKind = z.enum(["self", "manager", "peer"]);

/** The aggregated picture of one competency. */
export const competencyScoreSchema = z
  .object({
    competency: z.string(),
    level: z
      .number()
      .nullable()
      .openapi({ description: "null when nobody rated it: unknown, never zero." }),
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
  .openapi("CompetencyScore");

/** A person's aggregated proficiency per competency. */
export const profileSchema = z
  .object({
    personId: z.string(),
    frameworkVersion: z.string(),
    competencies: z.record(z.string(), competencyScoreSchema),
    selfOnly: z.boolean(),
    reason: z.string(),
  })
  .openapi("Profile");

const gapSchema = z.object({
  competency: z.string(),
  expected: z.number(),
  actual: z.number().nullable(),
  shortfall: z.number(),
  mandatory: z.boolean(),
  weight: z.number(),
});

/** How close a profile is to one role. */
export const roleFitSchema = z
  .object({
    roleId: z.string(),
    fit: z.number(),
    readiness: z.enum(["ready", "close", "stretch"]),
    gaps: z.array(gapSchema),
    strengths: z.array(
      z.object({ competency: z.string(), expected: z.number(), actual: z.number() }),
    ),
    unknown: z.array(z.string()),
    reason: z.string(),
  })
  .openapi("RoleFit");

/** Where a profile stands per track and per competency. */
export const standingSchema = z
  .object({
    tracks: z.array(
      z.object({
        track: z.enum(["management", "ic", "adjacent"]),
        highestReady: z.object({ roleId: z.string(), reason: z.string() }).nullable(),
        next: z.string().nullable(),
      }),
    ),
    competencies: z.array(
      z.object({
        competency: z.string(),
        level: z.number().nullable(),
        matchesRole: z.string().nullable(),
        reason: z.string(),
      }),
    ),
    summary: z.string(),
  })
  .openapi("Standing");

/** The `{id}` path parameter of a person. */
export const personParamSchema = z.object({
  id: idParam("id"),
});

/** One competency's aggregated level over a person's assessment history. */
export const competencyTrendSchema = z
  .object({
    competency: z.string(),
    points: z.array(z.object({ at: z.string(), level: z.number() })),
    change: z
      .number()
      .nullable()
      .openapi({ description: "Last level minus first; null with fewer than two points." }),
    reason: z.string(),
  })
  .openapi("CompetencyTrend");
