import { z } from "@hono/zod-openapi";
import type { GrowthPlanDraft } from "../../../engine/plans/draft-growth-plan.ts";
import type { CareerPath, Gap } from "../../../engine/types.ts";
import { transitionKinds } from "../../../framework/schema.ts";
import { exactSchema } from "../../exact-schema.ts";
import { idParam } from "../../id-schema.ts";

const gapSchema = exactSchema<Gap>()(
  z
    .object({
      competency: z.string(),
      expected: z.number(),
      actual: z.number().nullable().openapi({ description: "null when unrated." }),
      shortfall: z.number(),
      mandatory: z.boolean(),
      weight: z.number(),
    })
    .openapi("Gap", {
      description:
        "A competency where a profile sits below what a role expects: the level expected and the level found.",
    }),
);

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
    lowConfidence: z.literal(true).optional().openapi({
      description:
        "Set when the verdict rests on a self-assessment alone or on raters a level or more apart.",
    }),
  })
  .openapi("RoleFit", { description: "How close a profile is to one role." });

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
  .openapi("Standing", { description: "Where a profile stands per track and per competency." });

/** The `{id}` path parameter of a person. */
export const personParamSchema = z.object({
  id: idParam("id"),
});

/** One competency's aggregated level over a person's assessment history. */
export const competencyTrendSchema = z
  .object({
    competency: z.string(),
    points: z.array(
      z.object({
        at: z.string(),
        level: z.number(),
        label: z.string().nullable().openapi({
          description: "The closed cycle the point stands for; null for an assessment.",
        }),
      }),
    ),
    change: z
      .number()
      .nullable()
      .openapi({ description: "Last level minus first; null with fewer than two points." }),
    reason: z.string(),
  })
  .openapi("CompetencyTrend", {
    description: "One competency's aggregated level over a person's assessment history.",
  });

/** A route over the career graph to a target role, each step with its gaps and reason. */
export const careerPathSchema = exactSchema<CareerPath>()(
  z
    .object({
      target: z.string(),
      steps: z.array(
        z
          .object({
            from: z.string().nullable().openapi({ description: "null for an entry step." }),
            to: z.string(),
            kind: z.enum([...transitionKinds, "entry"]),
            cost: z.number(),
            gaps: z.array(gapSchema),
            reason: z.string(),
            note: z
              .string()
              .optional()
              .openapi({ description: "The framework's note on why this move works." }),
          })
          .openapi("PathStep", {
            description:
              "One step of a career path: the move, the gaps it asks to close and why it is on the route.",
          }),
      ),
      cost: z.number(),
      rank: z.number().int(),
      reason: z.string(),
    })
    .openapi("CareerPath", {
      description:
        "A route over the career graph to a target role, each step with its gaps and reason.",
    }),
);

/** A growth plan draft towards one role, from the person's gaps. */
export const growthPlanDraftSchema = exactSchema<
  GrowthPlanDraft & { frameworkVersion: string; startsFrom: string | null }
>()(
  z
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
      startsFrom: z.string().nullable().openapi({
        description:
          "When the draft starts from levels agreed in an alignment conversation, which and where; null otherwise.",
      }),
    })
    .openapi("GrowthPlanDraft", {
      description: "A growth plan draft towards one role, from the person's gaps.",
    }),
);
