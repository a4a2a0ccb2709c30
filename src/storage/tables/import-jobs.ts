import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn } from "./columns.ts";
import { organisations } from "./organisations.ts";
import { users } from "./users.ts";

/** Where a people import is. */
export const importJobStatuses = ["running", "done", "failed"] as const;

/** How many rows of a file create, update or leave a person unchanged. */
export interface ImportJobCounts {
  create: number;
  update: number;
  unchanged: number;
}

/** What a finished import wrote. */
export interface ImportJobResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Whom it created (imports recorded before this was kept have none). */
  createdPersonIds?: string[];
}

/**
 * A people import accepted by a server: its progress, kept here so that any server of the
 * organisation can answer how it goes, and its outcome. `updatedAt` moves with every progress
 * report; a running import that stopped reporting was cut short with its server.
 */
export const importJobs = pgTable(
  "import_jobs",
  {
    id: idColumn(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    startedBy: uuid("started_by").references(() => users.id, { onDelete: "set null" }),
    status: text("status", { enum: importJobStatuses }).notNull().default("running"),
    processed: integer("processed").notNull().default(0),
    total: integer("total").notNull(),
    counts: jsonb("counts").$type<ImportJobCounts>().notNull(),
    result: jsonb("result").$type<ImportJobResult>(),
    error: text("error"),
    createdAt: createdAtColumn(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("import_jobs_org_idx").on(t.orgId, t.createdAt),
    check("import_jobs_status_known", sql`${t.status} in ('running', 'done', 'failed')`),
  ],
);
