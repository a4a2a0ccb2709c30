import { z } from "@hono/zod-openapi";
import type { CycleView } from "../../../app/cycles/cycle-view.ts";
import type { NudgeResult } from "../../../app/cycles/nudge-participant.ts";
import type { ParticipantCompletion } from "../../../app/cycles/participant-completion.ts";
import { cycleStatuses, peerChoosers } from "../../../storage/tables/cycles.ts";
import { exactSchema } from "../../exact-schema.ts";
import { idParam, idSaying, idSchema } from "../../id-schema.ts";

const isoDate = z.iso.date("must be a date such as 2027-01-11").openapi({ example: "2027-01-11" });

const ratersSchema = z
  .strictObject({
    self: z.boolean().openapi({ description: "Ask each person for a self-assessment." }),
    manager: z.boolean().openapi({ description: "Ask each person's manager for an assessment." }),
    peers: z
      .number()
      .int("peers must be a whole number")
      .min(0, "peers cannot be negative")
      .max(10, "ask at most 10 peers per person")
      .openapi({ description: "How many peers to hear from per person; 0 for none.", example: 2 }),
    peersChosenBy: z
      .enum(peerChoosers, { error: "peersChosenBy must be person or manager" })
      .optional()
      .openapi({
        description: "Who chooses each person's peers: the person (the default) or their manager.",
      }),
  })
  .openapi("CycleRaters", {
    description:
      "Who rates each person in the cycle besides themselves: their manager, and how many peers.",
  });

/** What an admin gives to open a cycle. */
export const openCycleInputSchema = z
  .strictObject({
    name: z.string().trim().min(1, "name the cycle").max(120).openapi({
      example: "H1 2027 career check-in",
    }),
    startsOn: isoDate,
    endsOn: isoDate.openapi({ example: "2027-02-05" }),
    population: z
      .discriminatedUnion("kind", [
        z.strictObject({ kind: z.literal("everyone") }),
        z.strictObject({
          kind: z.literal("team"),
          managerId: idSaying("managerId must be the id of a person, as the people list gives it"),
        }),
        z.strictObject({
          kind: z.literal("people"),
          personIds: z
            .array(idSchema)
            .min(1, "list at least one person")
            .max(5000, "list at most 5,000 people"),
        }),
      ])
      .openapi({
        description:
          "Who the cycle is for: everyone, everyone under a manager (team), or a list of people.",
      }),
    raters: ratersSchema,
  })
  .openapi("OpenCycleInput", { description: "What an admin gives to open a cycle." });

/** A check-in cycle. */
export const cycleSchema = exactSchema<CycleView>()(
  z
    .object({
      id: z.string(),
      name: z.string(),
      startsOn: z.string().openapi({ example: "2027-01-11" }),
      endsOn: z.string().openapi({ example: "2027-02-05" }),
      raters: z.object({
        self: z.boolean(),
        manager: z.boolean(),
        peers: z.number().int(),
        peersChosenBy: z.enum(peerChoosers),
      }),
      status: z.enum(cycleStatuses),
      participants: z.number().int().openapi({ description: "How many people the cycle is for." }),
      createdAt: z.string(),
      closedAt: z.string().nullable(),
    })
    .openapi("Cycle", { description: "A check-in cycle." }),
);

const raterPart = z.enum(["done", "to-do", "not-asked"]);

/** One person's completion of a cycle. */
export const participantCompletionSchema = exactSchema<ParticipantCompletion>()(
  z
    .object({
      personId: z.string(),
      name: z.string(),
      team: z.string().nullable(),
      managerId: z.string().nullable(),
      managerName: z
        .string()
        .nullable()
        .openapi({ description: "The manager the person had when the cycle opened." }),
      self: raterPart,
      manager: raterPart,
      peers: z.object({
        done: z.number().int(),
        asked: z.number().int(),
        chosen: z.number().int(),
        chosenBy: z.enum(peerChoosers),
      }),
      complete: z.boolean(),
      alignment: z.enum(["waiting", "to-have", "done"]).openapi({
        description:
          "The alignment conversation: waiting for both assessments, to have, or done (an outcome is recorded).",
      }),
    })
    .openapi("ParticipantCompletion", { description: "One person's completion of a cycle." }),
);

/** A cycle's completion as the caller may see it. */
export const cycleCompletionSchema = z
  .object({
    cycle: cycleSchema,
    people: z.array(participantCompletionSchema),
    complete: z.number().int().openapi({ description: "Of the people listed, how many are done." }),
  })
  .openapi("CycleCompletion", { description: "A cycle's completion as the caller may see it." });

/** The filters of a completion view. */
export const completionQuerySchema = z.object({
  team: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .openapi({
      param: { name: "team", in: "query" },
      description: "Only people of this team.",
      example: "Payments",
    }),
  managerId: idSaying("managerId must be the id of a person, as the people list gives it")
    .optional()
    .openapi({
      param: { name: "managerId", in: "query" },
      description: "Only people reporting to this manager (directly or not), by person id.",
    }),
  status: z
    .enum(["complete", "incomplete"], {
      error: "status must be complete or incomplete; leave it out for everyone.",
    })
    .optional()
    .openapi({
      param: { name: "status", in: "query" },
      description: "Only people whose part is complete, or only those still to finish.",
    }),
});

/** Whom to remind. */
export const nudgeInputSchema = z
  .strictObject({
    personId: idSaying("personId must be the id of a person, as the completion view gives it"),
  })
  .openapi("NudgeInput", { description: "Whom to remind." });

/** What came of a reminder. */
export const nudgeResultSchema = exactSchema<NudgeResult>()(
  z
    .object({ queued: z.boolean(), message: z.string() })
    .openapi("NudgeResult", { description: "What came of a reminder." }),
);

/** The id of a cycle in a path. */
export const cycleIdParamSchema = z.object({ id: idParam("id") });
