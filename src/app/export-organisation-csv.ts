import { type CsvExportKind, exportCsv } from "../storage/csv-exports/export-csv.ts";
import type { Database } from "../storage/database.ts";
import type { FrameworkInUse } from "./framework-source.ts";
import { loadPersonFacts } from "./person-facts.ts";
import type { Actor } from "./policy.ts";
import { recordAuditEntry } from "./record-audit-entry.ts";
import { organisationWide, refuseUnless } from "./refusal.ts";

/** What a CSV export needs: the database and, once allowed, the organisation's framework. */
export interface ExportCsvDeps {
  db: Database;
  /** Reads the framework the organisation works with; asked only after the policy allows. */
  framework: (orgId: string) => Promise<Pick<FrameworkInUse, "framework" | "lineage">>;
}

/**
 * Exports people, submitted ratings or team analytics as CSV for an actor, and records the
 * export in the audit log. People and ratings are for admins; team analytics with a manager is
 * for that manager, the managers above and admins, without one for admins. The API and the CLI
 * (acting as the local admin) both export through here, so both leave the same entry.
 *
 * @example
 * const csv = await exportOrganisationCsv(deps, localAdminActor(org.id), "people");
 */
export async function exportOrganisationCsv(
  deps: ExportCsvDeps,
  actor: Extract<Actor, { kind: "user" }>,
  kind: CsvExportKind,
  options: { managerId?: string } = {},
): Promise<string> {
  const { managerId } = options;
  const orgId = actor.orgId;
  if (kind !== "team-analytics") {
    refuseUnless(actor, "org:export", organisationWide(orgId));
  } else if (managerId === undefined) {
    refuseUnless(actor, "analytics:org", organisationWide(orgId));
  } else {
    refuseUnless(actor, "analytics:team", (await loadPersonFacts(deps.db, actor, managerId)).facts);
  }
  const { framework, lineage } = await deps.framework(orgId);
  const csv = await exportCsv(deps.db, kind, {
    orgId,
    framework,
    lineage,
    ...(kind === "team-analytics" && managerId !== undefined ? { managerId } : {}),
  });
  const aboutManager = kind === "team-analytics" && managerId !== undefined;
  await recordAuditEntry(deps.db, actor, {
    action: `export:${kind}`,
    targetType: aboutManager ? "person" : "organisation",
    targetId: aboutManager ? managerId : orgId,
  });
  return csv;
}
