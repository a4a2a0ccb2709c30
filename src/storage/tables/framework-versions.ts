import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { Framework } from "../../framework/schema.ts";
import { createdAtColumn, idColumn } from "./columns.ts";
import { organisations } from "./organisations.ts";
import { users } from "./users.ts";

/** Where a framework version is in its life. */
export const frameworkStatuses = ["draft", "published", "retired"] as const;

/** One imported version of a framework; at most one is published per organisation. */
export const frameworkVersions = pgTable(
  "framework_versions",
  {
    id: idColumn(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    frameworkId: text("framework_id").notNull(),
    version: text("version").notNull(),
    document: jsonb("document").$type<Framework>().notNull(),
    source: text("source").notNull(),
    status: text("status", { enum: frameworkStatuses }).notNull().default("draft"),
    importedBy: uuid("imported_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAtColumn(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** Counts saves of a draft, so two admins editing it never overwrite each other unseen. */
    revision: integer("revision").notNull().default(1),
    /**
     * The editor's working copy while it has problems; `document` keeps the last sound one, so
     * diffs, previews and other versions' lineages only ever read a sound framework.
     */
    working: jsonb("working"),
    updatedAt: timestamp("updated_at", { withTimezone: true }),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("framework_versions_org_version_idx").on(t.orgId, t.frameworkId, t.version),
    uniqueIndex("framework_versions_one_published_idx")
      .on(t.orgId)
      .where(sql`${t.status} = 'published'`),
    index("framework_versions_org_idx").on(t.orgId, t.createdAt),
    check("framework_versions_status_known", sql`${t.status} in ('draft', 'published', 'retired')`),
  ],
);
