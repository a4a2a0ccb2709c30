import { z } from "@hono/zod-openapi";
import { idParam } from "../../id-schema.ts";
import { nonEmptyPatch } from "../../non-empty-patch.ts";

const competencyId = z.string().min(1).max(100);
const isoDate = z.iso.date().openapi({ example: "2026-09-30" });

const goalStatus = z.enum(["open", "in-progress", "done", "dropped"]).openapi({
  description: "open: not started yet; in-progress; done; dropped.",
});
const progress = z.number().int().min(0).max(100).openapi({ description: "Percent done." });
const goalActions = z
  .array(
    z.strictObject({
      text: z.string().trim().min(1).max(500),
      done: z.boolean().default(false),
    }),
  )
  .max(20);

/** A measurable goal, with an optional date (context, not a deadline). */
export const goalInputSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(300),
    competency: competencyId.optional(),
    measure: z.string().trim().max(1000).optional(),
    dueDate: isoDate.optional(),
    status: goalStatus.default("open"),
    progress: progress.optional(),
    actions: goalActions.default([]),
  })
  .openapi("GoalInput", {
    description: "A measurable goal, with an optional date (context, not a deadline).",
  });

/**
 * Changes to a goal. Not `goalInputSchema.partial()`: its status default would reopen a done goal
 * whenever another field changes.
 */
export const goalPatchSchema = nonEmptyPatch(
  z.strictObject({
    title: goalInputSchema.shape.title.optional(),
    competency: competencyId.nullable().optional(),
    measure: goalInputSchema.shape.measure,
    dueDate: isoDate.nullable().optional(),
    status: goalStatus.optional(),
    progress: progress.nullable().optional(),
    actions: goalActions.optional(),
  }),
).openapi("GoalPatch", { description: "Changes to a goal; only the fields sent change." });

const actionSchema = z.strictObject({
  competency: competencyId,
  text: z.string().trim().min(1).max(1000),
  done: z.boolean().default(false),
});

/** A new growth plan. */
export const planInputSchema = z
  .strictObject({
    targetRoleId: z.string().min(1).max(100).nullable().default(null),
    focusCompetencies: z.array(competencyId).max(5).default([]),
    actions: z.array(actionSchema).max(50).default([]),
    checkInEveryDays: z.number().int().min(1).max(365).default(14),
    goals: z.array(goalInputSchema).max(20).default([]),
  })
  .openapi("GrowthPlanInput", { description: "A new growth plan." });

/** Changes to a growth plan. */
export const planPatchSchema = nonEmptyPatch(
  z.strictObject({
    targetRoleId: z.string().min(1).max(100).nullable().optional(),
    focusCompetencies: z.array(competencyId).max(5).optional(),
    actions: z.array(actionSchema).max(50).optional(),
    checkInEveryDays: z.number().int().min(1).max(365).optional(),
    status: z.enum(["active", "completed", "archived"]).optional(),
  }),
).openapi("GrowthPlanPatch", { description: "Changes to a growth plan." });

/** A check-in on a growth plan. */
export const checkInInputSchema = z
  .strictObject({
    date: isoDate,
    progress: z.number().int().min(0).max(100).optional(),
    notes: z.string().trim().max(4000).optional(),
    feedback: z.string().trim().max(4000).optional(),
  })
  .openapi("CheckInInput", { description: "A check-in on a growth plan." });

const lastChangeSchema = z
  .object({
    name: z.string(),
    personId: z.string().nullable(),
    at: z.string().openapi({ description: "When, as an ISO timestamp." }),
  })
  .nullable()
  .openapi("LastChange", { description: "Who last changed it and when." });

const commentSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    author: z
      .object({ name: z.string(), personId: z.string().nullable() })
      .nullable()
      .openapi({ description: "Who wrote it; null once their account is gone." }),
    at: z.string().openapi({ description: "When, as an ISO timestamp." }),
  })
  .openapi("GoalComment", { description: "A comment under a goal, with who wrote it and when." });

/** A comment on a goal. */
export const commentInputSchema = z
  .strictObject({
    text: z.string().trim().min(1).max(2000).openapi({ description: "What you want to say." }),
  })
  .openapi("GoalCommentInput", { description: "What a comment under a goal says." });

/** A comment as the API shows it. */
export const commentOutSchema = commentSchema;

const goalSchema = z.object({
  id: z.string(),
  title: z.string(),
  competency: z.string().nullable(),
  measure: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: goalStatus,
  progress: z.number().nullable(),
  actions: z.array(z.object({ text: z.string(), done: z.boolean() })),
  lastChange: lastChangeSchema,
  comments: z.array(commentSchema).openapi({ description: "Comments on the goal, oldest first." }),
});

const checkInSchema = z.object({
  id: z.string(),
  date: z.string(),
  progress: z.number().nullable(),
  notes: z.string().nullable(),
  feedback: z.string().nullable(),
});

/** A growth plan as the API shows it. */
export const planSchema = z
  .object({
    id: z.string(),
    personId: z.string(),
    targetRoleId: z.string().nullable(),
    focusCompetencies: z.array(z.string()),
    actions: z.array(z.object({ competency: z.string(), text: z.string(), done: z.boolean() })),
    status: z.enum(["active", "completed", "archived"]),
    checkInEveryDays: z.number(),
    lastChange: lastChangeSchema,
    started: lastChangeSchema.openapi({
      description: "Who started the plan (the person, or a manager for them) and when.",
    }),
    goals: z.array(goalSchema).optional(),
    checkIns: z.array(checkInSchema).optional(),
  })
  .openapi("GrowthPlan", { description: "A growth plan as the API shows it." });

/** A goal as the API shows it. */
export const goalOutSchema = goalSchema.openapi("Goal", {
  description: "A goal as the API shows it.",
});
/** A check-in as the API shows it. */
export const checkInOutSchema = checkInSchema.openapi("CheckIn", {
  description: "A check-in as the API shows it.",
});

/** The `{id}` path parameter. */
export const idParamSchema = z.object({
  id: idParam("id"),
});
