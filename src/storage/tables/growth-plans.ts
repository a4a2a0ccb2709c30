import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAtColumn, emptyTextArray, idColumn, updatedAtColumn } from "./columns.ts";
import { organisations } from "./organisations.ts";
import { people } from "./people.ts";
import { users } from "./users.ts";

/** Where a growth plan is in its life. */
export const growthPlanStatuses = ["active", "completed", "archived"] as const;

/** Where a goal is: "open" is not started yet. */
export const goalStatuses = ["open", "in-progress", "done", "dropped"] as const;

/** One step towards a goal, ticked when done. */
export interface GoalAction {
  text: string;
  done: boolean;
}

/** One step a person takes inside a growth plan. */
export interface GrowthAction {
  competency: string;
  text: string;
  done: boolean;
}

/** A person's plan towards a target role: focus competencies, actions and a check-in cadence. */
export const growthPlans = pgTable(
  "growth_plans",
  {
    id: idColumn(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    targetRoleId: text("target_role_id"),
    focusCompetencies: text("focus_competencies").array().notNull().default(emptyTextArray),
    actions: jsonb("actions").$type<GrowthAction[]>().notNull().default([]),
    status: text("status", { enum: growthPlanStatuses }).notNull().default("active"),
    checkInEveryDays: integer("check_in_every_days").notNull().default(14),
    changedBy: uuid("changed_by").references(() => users.id, { onDelete: "set null" }),
    /** Who started the plan: the person, or a manager who started it for them. */
    startedBy: uuid("started_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    index("growth_plans_person_idx").on(t.personId),
    check("growth_plans_status_known", sql`${t.status} in ('active', 'completed', 'archived')`),
    check("growth_plans_cadence_positive", sql`${t.checkInEveryDays} > 0`),
  ],
);

/** A measurable, dated goal inside a growth plan. */
export const goals = pgTable(
  "goals",
  {
    id: idColumn(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => growthPlans.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    competency: text("competency"),
    measure: text("measure"),
    dueDate: date("due_date", { mode: "string" }),
    status: text("status", { enum: goalStatuses }).notNull().default("open"),
    progress: integer("progress"),
    actions: jsonb("actions").$type<GoalAction[]>().notNull().default([]),
    changedBy: uuid("changed_by").references(() => users.id, { onDelete: "set null" }),
    /** When the goal was removed from the plan: kept for the audit trail, shown nowhere. */
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    index("goals_plan_idx").on(t.planId),
    check("goals_status_known", sql`${t.status} in ('open', 'in-progress', 'done', 'dropped')`),
    check("goals_progress_percent", sql`${t.progress} between 0 and 100`),
  ],
);

/** A regular conversation about a growth plan: progress, notes and feedback. */
export const checkIns = pgTable(
  "check_ins",
  {
    id: idColumn(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => growthPlans.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    progress: integer("progress"),
    notes: text("notes"),
    feedback: text("feedback"),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index("check_ins_plan_idx").on(t.planId, t.date),
    check("check_ins_progress_percent", sql`${t.progress} between 0 and 100`),
  ],
);

/** A comment on a goal by the person or a manager, shown under the goal. */
export const goalComments = pgTable(
  "goal_comments",
  {
    id: idColumn(),
    goalId: uuid("goal_id")
      .notNull()
      .references(() => goals.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAtColumn(),
  },
  (t) => [index("goal_comments_goal_idx").on(t.goalId, t.createdAt)],
);
