import type { Context } from "hono";
import type { Database } from "../storage/database.ts";
import { recordAudit } from "../storage/queries/audit-log.ts";
import type { AppEnv } from "./app-env.ts";

/**
 * Records a write or a sensitive read by the request's actor in the audit log.
 *
 * @example
 * await audit(c, db, { action: "person:update", targetType: "person", targetId: id });
 */
export async function audit(
  c: Context<AppEnv>,
  db: Database,
  entry: { action: string; targetType: string; targetId: string; detail?: Record<string, unknown> },
): Promise<void> {
  const actor = c.get("actor");
  await recordAudit(db, {
    orgId: actor.kind === "user" ? actor.orgId : null,
    actorUserId: actor.kind === "user" ? actor.userId : null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    detail: entry.detail ?? null,
  });
}
