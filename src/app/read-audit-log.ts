import type { Database } from "../storage/database.ts";
import type { PageOptions } from "../storage/page.ts";
import { type AuditLogFilters, listAuditLog } from "../storage/queries/audit-log.ts";
import { auditNames } from "../storage/queries/audit-names.ts";
import { type DescribedAuditEntry, describeAuditEntry } from "./describe-audit-entry.ts";
import type { Actor } from "./policy.ts";
import { organisationWide, refuseUnless } from "./refusal.ts";

/** Which entries to read: by action, by who acted, by what they acted on, and by time. */
export type AuditLogQuery = Omit<AuditLogFilters, "orgId" | "before" | "limit" | "offset">;

/**
 * Reads the actor's organisation's audit trail, newest first, each entry in words (who did what
 * to whom, when). Admins and owners only; the API and the CLI read through here.
 *
 * @example
 * const page = await readAuditLog(db, actor, { action: "export:people" }, { limit: 21 });
 * page[0]?.summary; // "Erin Lee exported the people of Acme as CSV."
 */
export async function readAuditLog(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  query: AuditLogQuery,
  page: PageOptions,
): Promise<DescribedAuditEntry[]> {
  refuseUnless(actor, "audit:read", organisationWide(actor.orgId));
  const entries = await listAuditLog(db, { orgId: actor.orgId, ...query, ...page });
  const names = await auditNames(db, actor.orgId, entries);
  return entries.map((entry) => describeAuditEntry(entry, names));
}
