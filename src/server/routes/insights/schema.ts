import { z } from "@hono/zod-openapi";
import type { GrowthPlanDraft } from "../../../engine/plans/draft-growth-plan.ts";
import type { CareerPath } from "../../../engine/types.ts";
import { transitionKinds } from "../../../framework/schema.ts";

const gapSchema = z.object({
  competency: z.string(),
  expected: z.number(),
  actual: z.number().nullable(),
  shortfall: z.number(),
  mandatory: z.boolean(),
  weight: z.number(),
});

/** A route from where a person is to a target role, each step with its gaps and reason. */
export const careerPathSchema = z
  .object({
    target: z.string(),
    steps: z.array(
      z.object({
        from: z.string().nullable(),
        to: z.string(),
        kind: z.enum([...transitionKinds, "entry"]),
        cost: z.number(),
        gaps: z.array(gapSchema),
        reason: z.string(),
      }),
    ),
    cost: z.number(),
    rank: z.number().int(),
    reason: z.string(),
  })
  .openapi("CareerPath") satisfies z.ZodType<CareerPath>;

/** A growth plan draft towards one role: focus competencies, actions, goals and cadence. */
export const growthPlanDraftSchema = z
  .object({
    frameworkVersion: z.string(),
    targetRoleId: z.string(),
    focus: z.array(
      z.object({
        competency: z.string(),
        mandatory: z.boolean(),
        expected: z.number(),
        actual: z.number(),
        shortfall: z.number(),
        reason: z.string(),
      }),
    ),
    actions: z.array(
      z.object({ competency: z.string(), level: z.number().int(), text: z.string() }),
    ),
    goals: z.array(z.object({ competency: z.string(), text: z.string() })),
    checkInCadenceDays: z.number().int(),
    reason: z.string(),
  })
  .openapi("GrowthPlanDraft") satisfies z.ZodType<GrowthPlanDraft>;

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
  id: z.uuid().openapi({ param: { name: "id", in: "path" } }),
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
