import { sql } from "drizzle-orm";
import { check, date, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, emptyTextArray, idColumn, updatedAtColumn } from "./columns.ts";
import { organisations } from "./organisations.ts";
import { people } from "./people.ts";
import { users } from "./users.ts";

/** Who may see an evidence entry. */
export const visibilities = ["private", "manager", "org"] as const;

/** An entry in a person's impact log. */
export const evidence = pgTable(
  "evidence",
  {
    id: idColumn(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    date: date("date", { mode: "string" }).notNull(),
    title: text("title").notNull(),
    outcome: text("outcome"),
    competencies: text("competencies").array().notNull().default(emptyTextArray),
    visibility: text("visibility", { enum: visibilities }).notNull().default("private"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
    // Deleted entries are kept for the audit trail and hidden from every read.
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [
    index("evidence_person_idx").on(t.personId, t.date),
    check("evidence_visibility_known", sql`${t.visibility} in ('private', 'manager', 'org')`),
  ],
);
