import type { Context } from "hono";
import { type AuditFact, recordAuditEntry } from "../app/record-audit-entry.ts";
import type { Database } from "../storage/database.ts";
import type { AppEnv } from "./app-env.ts";

/**
 * Records a write or a sensitive read by the request's actor in the audit log.
 *
 * @example
 * await audit(c, db, { action: "person:update", targetType: "person", targetId: id });
 */
export async function audit(c: Context<AppEnv>, db: Database, entry: AuditFact): Promise<void> {
  await recordAuditEntry(db, c.get("actor"), entry);
}
