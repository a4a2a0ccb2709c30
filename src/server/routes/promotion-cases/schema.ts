import { z } from "@hono/zod-openapi";
import { maxNarrativeLength } from "../../../app/promotion-cases/edit-case-narrative.ts";
import type {
  PromotionCase,
  PromotionCaseSummary,
} from "../../../app/promotion-cases/promotion-case-types.ts";
import {
  promotionCaseStatuses,
  promotionDecisions,
} from "../../../storage/tables/promotion-cases.ts";
import { exactSchema } from "../../exact-schema.ts";
import { idParam, idSaying } from "../../id-schema.ts";

const decision = z.enum(promotionDecisions).openapi({
  description: "promote-now, not-yet, or with-a-plan (promote once a plan closes the gaps).",
});
const raterLevels = z.object({
  self: z.number().optional(),
  manager: z.number().optional(),
  peer: z.number().optional(),
});
const confidenceLevel = z.enum(["high", "medium", "low"]);

const summaryShape = {
  id: z.string(),
  person: z.object({ id: z.string(), name: z.string() }),
  targetRole: z.object({ id: z.string(), title: z.string() }),
  frameworkVersion: z
    .string()
    .openapi({ description: "The framework version it was opened against." }),
  status: z.enum(promotionCaseStatuses),
  sharedWithPerson: z.boolean(),
  decision: decision.nullable(),
  decisionWords: z.string().nullable(),
  cycleId: z.string().nullable(),
  openedAt: z.string(),
  updatedAt: z.string(),
};

/** A promotion case as lists show it. */
export const promotionCaseSummarySchema = exactSchema<PromotionCaseSummary>()(
  z
    .object(summaryShape)
    .openapi("PromotionCaseSummary", { description: "A promotion case as lists show it." }),
);

/** A promotion case, filled by the engine when read. */
export const promotionCaseSchema = exactSchema<PromotionCase>()(
  z
    .object({
      ...summaryShape,
      currentRole: z.object({ id: z.string().nullable(), title: z.string() }),
      openedBy: z.string().nullable(),
      narrative: z.string(),
      scaleMax: z.number().int(),
      fit: z.object({
        fit: z.number().openapi({ description: "In [0, 1]; 1 means every expectation is met." }),
        readiness: z.enum(["ready", "close", "stretch"]),
        reason: z.string(),
      }),
      expectations: z.array(
        z.object({
          competency: z.object({ id: z.string(), name: z.string() }),
          expected: z.number(),
          mandatory: z.boolean(),
          level: z.number().nullable(),
          verdict: z.enum(["met", "short", "unknown"]),
          summary: z.string(),
          byRater: raterLevels,
          confidence: confidenceLevel.nullable(),
          evidence: z.array(
            z.object({
              id: z.string(),
              date: z.string(),
              title: z.string(),
              outcome: z.string().nullable(),
            }),
          ),
        }),
      ),
      gaps: z.array(z.string()),
      confidence: z.object({ level: confidenceLevel, summary: z.string() }),
      evidenceNote: z.string(),
      decided: z
        .object({
          decision,
          words: z.string(),
          note: z.string().nullable(),
          decidedBy: z.string().nullable(),
          decidedAt: z.string(),
        })
        .nullable(),
      can: z.object({ edit: z.boolean(), decide: z.boolean() }),
    })
    .openapi("PromotionCase", { description: "A promotion case, filled by the engine when read." }),
);

/** What a manager gives to open a case. */
export const openCaseInputSchema = z
  .strictObject({
    personId: idSaying("personId must be the id of a person, as the people list gives it"),
    targetRoleId: z
      .string()
      .trim()
      .min(1, "name the role the case argues for")
      .max(200)
      .openapi({ example: "senior-pm" }),
    narrative: z
      .string()
      .max(maxNarrativeLength, `keep the narrative under ${maxNarrativeLength} characters`)
      .optional(),
    cycleId: idSaying("cycleId must be the id of a check-in cycle, as the cycles list gives it")
      .nullable()
      .optional(),
  })
  .openapi("OpenPromotionCaseInput", { description: "What a manager gives to open a case." });

/** A new narrative. */
export const narrativeInputSchema = z
  .strictObject({
    narrative: z
      .string()
      .max(maxNarrativeLength, `keep the narrative under ${maxNarrativeLength} characters`),
  })
  .openapi("PromotionCaseNarrativeInput", { description: "A new narrative." });

/** Whether the person sees the case. */
export const sharingInputSchema = z
  .strictObject({
    shared: z.boolean().openapi({ description: "true to show the case to the person." }),
  })
  .openapi("PromotionCaseSharingInput", { description: "Whether the person sees the case." });

/** The committee's decision. */
export const decisionInputSchema = z
  .strictObject({
    decision,
    note: z.string().max(4000, "keep the note under 4,000 characters").nullable().optional(),
  })
  .openapi("PromotionDecisionInput", { description: "The committee's decision." });

/** The case id in the path. */
export const caseIdParamSchema = z.object({ id: idParam("id") });
