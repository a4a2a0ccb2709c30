import { z } from "@hono/zod-openapi";
import type { Calibration } from "../../../app/calibration/calibration-types.ts";
import { trackIds } from "../../../framework/schema.ts";
import {
  promotionCaseStatuses,
  promotionDecisions,
} from "../../../storage/tables/promotion-cases.ts";
import { exactSchema } from "../../exact-schema.ts";
import { cycleSchema } from "./schema.ts";

const managerSchema = z.object({
  id: z.string(),
  name: z.string(),
  leniency: z.string().openapi({
    description:
      "How this manager's ratings sit against the other ratings of the same people and against other managers, in words; says so when there is too little to tell.",
  }),
});

const candidateSchema = z.object({
  person: z.object({ id: z.string(), name: z.string() }),
  currentRole: z.object({ id: z.string().nullable(), title: z.string() }),
  case: z
    .object({
      id: z.string(),
      status: z.enum(promotionCaseStatuses),
      decision: z.enum(promotionDecisions).nullable(),
      decisionWords: z.string().nullable(),
      decisionNote: z.string().nullable(),
    })
    .nullable()
    .openapi({
      description:
        "The candidate's promotion case; null when the engine finds them ready or close and nobody has opened one yet.",
    }),
  fit: z.object({ readiness: z.enum(["ready", "close", "stretch"]), reason: z.string() }),
  confidence: z.object({ level: z.enum(["high", "medium", "low"]), summary: z.string() }),
  gaps: z.array(z.string()),
  manager: managerSchema.nullable(),
  can: z.object({ decide: z.boolean() }),
});

/** A cycle's calibration: candidates per target role, side by side. */
export const calibrationSchema = exactSchema<Calibration>()(
  z
    .object({
      cycle: cycleSchema,
      roles: z.array(
        z.object({
          role: z.object({ id: z.string(), title: z.string(), track: z.enum(trackIds) }),
          candidates: z.array(candidateSchema),
        }),
      ),
      managers: z.array(managerSchema),
      scope: z.string(),
    })
    .openapi("Calibration", {
      description:
        "A cycle's candidates for each target role side by side, with how each manager rates.",
    }),
);
