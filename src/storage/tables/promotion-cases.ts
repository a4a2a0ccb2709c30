import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn, updatedAtColumn } from "./columns.ts";
import { cycles } from "./cycles.ts";
import { organisations } from "./organisations.ts";
import { people } from "./people.ts";
import { users } from "./users.ts";

/** Whether a promotion case still waits for the committee (open) or has its decision. */
export const promotionCaseStatuses = ["open", "decided"] as const;

/** One promotion case's state. */
export type PromotionCaseStatus = (typeof promotionCaseStatuses)[number];

/** What the committee decided: promote now, not yet, or promote with a plan to close the gaps. */
export const promotionDecisions = ["promote-now", "not-yet", "with-a-plan"] as const;

/** One promotion decision. */
export type PromotionDecision = (typeof promotionDecisions)[number];

/**
 * A manager's case that a person is ready for a target role, filled against one framework
 * version; the engine's fit is computed when the case is read, only the narrative and the
 * decision are stored.
 */
export const promotionCases = pgTable(
  "promotion_cases",
  {
    id: idColumn(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    targetRoleId: text("target_role_id").notNull(),
    /** The framework the case was opened against: its stored version id, or null for the default. */
    frameworkVersionId: uuid("framework_version_id"),
    frameworkVersion: text("framework_version").notNull(),
    openedByPersonId: uuid("opened_by_person_id").references(() => people.id, {
      onDelete: "set null",
    }),
    narrative: text("narrative").notNull().default(""),
    sharedWithPerson: boolean("shared_with_person").notNull().default(false),
    status: text("status", { enum: promotionCaseStatuses }).notNull().default("open"),
    decision: text("decision", { enum: promotionDecisions }),
    decisionNote: text("decision_note"),
    decidedByUserId: uuid("decided_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    cycleId: uuid("cycle_id").references(() => cycles.id, { onDelete: "set null" }),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    index("promotion_cases_org_idx").on(t.orgId, t.status),
    index("promotion_cases_person_idx").on(t.personId),
    // One open case per person and target role; decided cases stay as history.
    uniqueIndex("promotion_cases_one_open_idx")
      .on(t.personId, t.targetRoleId)
      .where(sql`${t.status} = 'open'`),
    check("promotion_cases_status_known", sql`${t.status} in ('open', 'decided')`),
    check(
      "promotion_cases_decision_known",
      sql`${t.decision} is null or ${t.decision} in ('promote-now', 'not-yet', 'with-a-plan')`,
    ),
    check(
      "promotion_cases_decided_has_decision",
      sql`(${t.status} = 'decided') = (${t.decision} is not null and ${t.decidedAt} is not null)`,
    ),
  ],
);
