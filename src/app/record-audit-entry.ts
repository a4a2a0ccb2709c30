import type { Database } from "../storage/database.ts";
import { recordAudit } from "../storage/queries/audit-log.ts";
import type { Actor } from "./policy.ts";

/** What an audit entry says happened: the action and the record it touched. */
export interface AuditFact {
  action: string;
  targetType: string;
  targetId: string;
  detail?: Record<string, unknown>;
}

/**
 * Records a write or a sensitive read by an actor in the audit log; every surface (API, CLI)
 * writes through here, so the same action leaves the same entry wherever it was taken.
 *
 * @example
 * await recordAuditEntry(db, actor, { action: "person:update", targetType: "person", targetId: id });
 */
export async function recordAuditEntry(db: Database, actor: Actor, fact: AuditFact): Promise<void> {
  await recordAudit(db, {
    orgId: actor.kind === "user" ? actor.orgId : null,
    actorUserId: actor.kind === "user" ? actor.userId : null,
    action: fact.action,
    targetType: fact.targetType,
    targetId: fact.targetId,
    detail: fact.detail ?? null,
  });
}
