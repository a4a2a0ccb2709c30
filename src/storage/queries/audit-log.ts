import { and, desc, eq, lt } from "drizzle-orm";
import type { Database } from "../database.ts";
import { defaultLimit } from "../page.ts";
import { auditLog } from "../schema.ts";

/** An audit entry as stored. */
export type AuditEntry = typeof auditLog.$inferSelect;

/** What an audit entry records: who did what to which record. */
export type NewAuditEntry = Omit<typeof auditLog.$inferInsert, "id" | "at">;

/** Records a write or a sensitive read. */
export async function recordAudit(db: Database, entry: NewAuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}

/** An organisation's audit trail, newest first; pass the last id seen as `before` to page on. */
export async function listAuditLog(
  db: Database,
  options: {
    orgId: string;
    before?: number;
    targetType?: string;
    targetId?: string;
    limit?: number;
  },
): Promise<AuditEntry[]> {
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.orgId, options.orgId),
        options.before === undefined ? undefined : lt(auditLog.id, options.before),
        options.targetType === undefined ? undefined : eq(auditLog.targetType, options.targetType),
        options.targetId === undefined ? undefined : eq(auditLog.targetId, options.targetId),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(options.limit ?? defaultLimit);
}
