import { z } from "@hono/zod-openapi";
import type { ChooseCyclePeersResult } from "../../../app/cycles/choose-cycle-peers.ts";
import type { AlignmentRead } from "../../../app/cycles/read-alignment.ts";
import { exactSchema } from "../../exact-schema.ts";
import { idParam, idSaying } from "../../id-schema.ts";

/** A cycle and one of its people, in a path. */
export const cyclePersonParamSchema = z.object({
  id: idParam("id"),
  personId: idParam("personId"),
});

/** The peers chosen for a person in a cycle. */
export const choosePeersInputSchema = z
  .strictObject({
    peerIds: z
      .array(idSaying("each peer must be the id of a person, as the colleague search gives it"))
      .min(1, "choose at least one peer")
      .max(10, "choose at most 10 peers"),
  })
  .openapi("ChoosePeersInput", {
    description: "The colleagues chosen to give a person feedback in a cycle.",
  });

/** Who was asked. */
export const choosePeersResultSchema = exactSchema<ChooseCyclePeersResult>()(
  z.object({ asked: z.array(z.string()), sentence: z.string() }).openapi("ChoosePeersResult", {
    description: "Who was asked for feedback, and a sentence saying so.",
  }),
);

const viewSchema = z.object({ level: z.number().int(), note: z.string().nullable() }).nullable();

/** A person's alignment conversation in a cycle. */
export const alignmentSchema = exactSchema<AlignmentRead>()(
  z
    .object({
      cycle: z.object({
        id: z.string(),
        name: z.string(),
        status: z.enum(["open", "closed"]),
      }),
      person: z.object({ id: z.string(), name: z.string() }),
      managerName: z.string().nullable(),
      reader: z.enum(["person", "manager"]),
      ready: z
        .boolean()
        .openapi({ description: "Both the self and the manager assessments are in." }),
      summary: z.string(),
      conversation: z.object({
        items: z.array(
          z.object({
            competency: z.string(),
            self: viewSchema,
            manager: viewSchema,
            misaligned: z.boolean(),
            evidence: z.array(
              z.object({
                id: z.string(),
                title: z.string(),
                date: z.string(),
                outcome: z.string().nullable(),
              }),
            ),
            agreedLevel: z.number().int().nullable(),
            words: z.string(),
          }),
        ),
        misaligned: z.number().int(),
        reason: z.string(),
      }),
      outcome: z
        .object({
          note: z.string(),
          agreedLevels: z.array(z.object({ competency: z.string(), level: z.number().int() })),
          recordedBy: z.string().nullable(),
          recordedAt: z.string(),
        })
        .nullable(),
    })
    .openapi("CycleAlignment", {
      description:
        "Self and manager views side by side per competency, with notes, evidence and any agreed outcome.",
    }),
);

/** What the person and their manager agreed. */
export const alignmentOutcomeInputSchema = z
  .strictObject({
    note: z.string().max(5000, "keep the note under 5,000 characters").openapi({
      example: "Strategy is at level 3 for now; discovery is the focus until the next cycle.",
    }),
    agreedLevels: z
      .array(
        z.strictObject({
          competency: z.string().min(1).max(100).openapi({ example: "product-strategy" }),
          level: z.number().int("levels are whole numbers").min(1).max(9).openapi({ example: 3 }),
        }),
      )
      .max(100)
      .default([])
      .openapi({ description: "Levels agreed per competency; leave out those not agreed." }),
  })
  .openapi("AlignmentOutcomeInput", {
    description: "What the person and their manager agreed: a note and, optionally, agreed levels.",
  });
