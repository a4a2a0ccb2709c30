import { bigint, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn } from "./columns.ts";
import { organisations } from "./organisations.ts";

/** Every write and every sensitive read: who did what to which record, and when. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    orgId: uuid("org_id").references(() => organisations.id, { onDelete: "cascade" }),
    // No foreign key: the trail must outlive the account that left it.
    actorUserId: uuid("actor_user_id"),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id"),
    at: createdAtColumn("at"),
    detail: jsonb("detail").$type<Record<string, unknown>>(),
  },
  (t) => [
    index("audit_log_org_at_idx").on(t.orgId, t.at),
    index("audit_log_target_idx").on(t.targetType, t.targetId),
  ],
);
