import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { assessments } from "./assessments.ts";
import { createdAtColumn, emptyTextArray, idColumn } from "./columns.ts";
import { cycles } from "./cycles.ts";
import { organisations } from "./organisations.ts";
import { people } from "./people.ts";
import { users } from "./users.ts";

/** Where a feedback request is: `withdrawn` when a new framework left nothing in it to rate. */
export const feedbackRequestStatuses = ["open", "answered", "declined", "withdrawn"] as const;

/** A request that a peer rate chosen competencies of a person. */
export const feedbackRequests = pgTable(
  "feedback_requests",
  {
    id: idColumn(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    requesterUserId: uuid("requester_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    addresseePersonId: uuid("addressee_person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    competencies: text("competencies").array().notNull().default(emptyTextArray),
    message: text("message"),
    status: text("status", { enum: feedbackRequestStatuses }).notNull().default("open"),
    assessmentId: uuid("assessment_id").references(() => assessments.id, { onDelete: "set null" }),
    createdAt: createdAtColumn(),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    /** Why a request closed without an answer, in words the asker reads. */
    closedReason: text("closed_reason"),
    /** The check-in cycle the peer was chosen for, when the request belongs to one. */
    cycleId: uuid("cycle_id").references(() => cycles.id, { onDelete: "set null" }),
  },
  (t) => [
    index("feedback_requests_addressee_idx").on(t.addresseePersonId, t.status),
    index("feedback_requests_person_idx").on(t.personId),
    index("feedback_requests_cycle_idx").on(t.cycleId, t.personId),
    check(
      "feedback_requests_status_known",
      sql`${t.status} in ('open', 'answered', 'declined', 'withdrawn')`,
    ),
  ],
);
