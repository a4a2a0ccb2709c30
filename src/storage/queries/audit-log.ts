import { and, desc, eq, gte, lt, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { defaultLimit } from "../page.ts";
import { auditLog, users } from "../schema.ts";

/** An audit entry as stored. */
export type AuditEntry = typeof auditLog.$inferSelect;

/** What an audit entry records: who did what to which record. */
export type NewAuditEntry = Omit<typeof auditLog.$inferInsert, "id" | "at">;

/** Records a write or a sensitive read. */
export async function recordAudit(db: Database, entry: NewAuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}

/** Which audit entries to read; every filter is optional and they combine. */
export interface AuditLogFilters {
  orgId: string;
  /** Only entries older than this entry id (keyset paging). */
  before?: number;
  action?: string;
  actorUserId?: string;
  targetType?: string;
  targetId?: string;
  /** Entries a person took part in: acted on them, or acted through their account. */
  personId?: string;
  /** Only entries at or after this time. */
  from?: Date;
  /** Only entries before this time. */
  to?: Date;
  limit?: number;
  offset?: number;
}

function byPerson(orgId: string, personId: string): SQL {
  const accounts = sql`(select ${users.id} from ${users} where ${users.orgId} = ${orgId} and ${users.personId} = ${personId})`;
  return or(eq(auditLog.targetId, personId), sql`${auditLog.actorUserId} in ${accounts}`) as SQL;
}

/**
 * An organisation's audit trail, newest first; page on with `offset`, or pass the last id seen
 * as `before`.
 */
export async function listAuditLog(db: Database, options: AuditLogFilters): Promise<AuditEntry[]> {
  const maybe = <T>(value: T | undefined, condition: (value: T) => SQL) =>
    value === undefined ? undefined : condition(value);
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.orgId, options.orgId),
        maybe(options.before, (before) => lt(auditLog.id, before)),
        maybe(options.action, (action) => eq(auditLog.action, action)),
        maybe(options.actorUserId, (actor) => eq(auditLog.actorUserId, actor)),
        maybe(options.targetType, (type) => eq(auditLog.targetType, type)),
        maybe(options.targetId, (id) => eq(auditLog.targetId, id)),
        maybe(options.personId, (id) => byPerson(options.orgId, id)),
        maybe(options.from, (from) => gte(auditLog.at, from)),
        maybe(options.to, (to) => lt(auditLog.at, to)),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(options.limit ?? defaultLimit)
    .offset(options.offset ?? 0);
}
