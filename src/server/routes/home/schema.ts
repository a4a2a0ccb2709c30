import { z } from "@hono/zod-openapi";
import type { HomeRead } from "../../../app/home/read-home.ts";
import type { TaskSummary } from "../../../app/tasks/summarise-tasks.ts";
import type { Task } from "../../../app/tasks/task.ts";
import { exactSchema } from "../../exact-schema.ts";

const day = z.string().meta({ description: "A day on the organisation's calendar (YYYY-MM-DD)." });

/** One thing the signed-in person is asked to do. */
export const taskSchema = exactSchema<Task>()(
  z
    .object({
      kind: z.enum([
        "self-assessment",
        "manager-assessment",
        "peer-feedback",
        "rate-new-competencies",
        "check-in",
        "review-assessment",
        "choose-peers",
        "alignment-conversation",
      ]),
      title: z.string(),
      detail: z.string(),
      href: z.string().meta({ description: "The page of the web app where the task is done." }),
      due: day.nullable().meta({ description: "When it is wanted, as context; null when open." }),
      personId: z.string().nullable(),
      personName: z.string().nullable(),
      cycleId: z.string().nullable(),
    })
    .meta({
      id: "Task",
      description: "One thing Home asks of the signed-in person, with where to do it.",
    }),
);

/** What is open across a team or an organisation, counted. */
export const taskSummarySchema = exactSchema<TaskSummary>()(
  z
    .object({
      people: z.number().int(),
      openFeedback: z.number().int(),
      checkInsDue: z.number().int(),
      awaitingManagerView: z.number().int(),
      sentence: z.string(),
    })
    .meta({
      id: "TaskSummary",
      description: "How many tasks of one kind wait, when they are too many to list one by one.",
    }),
);

const gapSchema = z.object({
  competency: z.string(),
  name: z.string(),
  mandatory: z.boolean(),
  shortfall: z.string(),
  confidence: z.enum(["high", "medium", "low"]).nullable(),
  sentence: z.string(),
});

const standingSchema = z.object({
  currentRole: z.object({ roleId: z.string(), title: z.string() }).nullable(),
  next: z
    .object({
      roleId: z.string(),
      title: z.string(),
      reason: z.string(),
      readiness: z.enum(["ready", "close", "stretch"]),
      verdict: z.string(),
      lowConfidence: z.boolean(),
    })
    .nullable(),
  gaps: z.array(gapSchema),
  confidence: z.string(),
  selfOnly: z.boolean(),
});

const planSchema = z.object({
  planId: z.string(),
  targetRoleId: z.string().nullable(),
  targetTitle: z.string().nullable(),
  goalsDone: z.number().int(),
  goalsTotal: z.number().int(),
  progress: z.number().int().nullable(),
  lastCheckIn: day.nullable(),
  nextCheckIn: day,
  sentence: z.string(),
});

/** Everything Home shows, in one answer. */
export const homeSchema = exactSchema<HomeRead>()(
  z
    .object({
      person: z.object({ id: z.string(), name: z.string() }).nullable(),
      standing: standingSchema.nullable(),
      plan: planSchema.nullable(),
      tasks: z.object({
        items: z.array(taskSchema),
        total: z.number().int().meta({ description: "All tasks, when the list is cut short." }),
      }),
      team: taskSummarySchema.nullable(),
      organisation: taskSummarySchema.nullable(),
      today: day,
    })
    .meta({
      id: "Home",
      description:
        "What Home shows the signed-in person: their tasks, plan, profile and what changed.",
    }),
);

/** How many tasks to list. */
export const homeQuerySchema = z.object({
  taskLimit: z.coerce.number().int().min(1).max(50).optional().meta({
    description: "How many tasks to list (1 to 50); 8 unless given.",
  }),
});
