import { pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn, updatedAtColumn } from "./columns.ts";
import { organisations } from "./organisations.ts";

/**
 * An organisation's own job titles mapped to framework roles, for titles the framework's role
 * titles and aliases do not cover; `titleKey` is the title lower-cased without punctuation.
 */
export const titleMappings = pgTable(
  "title_mappings",
  {
    id: idColumn(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    titleKey: text("title_key").notNull(),
    roleId: text("role_id").notNull(),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [uniqueIndex("title_mappings_org_key_idx").on(t.orgId, t.titleKey)],
);
