import type { Framework } from "../framework/schema.ts";
import type { Database } from "../storage/database.ts";
import type { StoredEvidence } from "../storage/queries/evidence.ts";
import { getPerson, type StoredPerson } from "../storage/queries/people.ts";
import { assembleGrowthReport } from "./assemble-growth-report.ts";
import type { EvidenceScope, GrowthReport } from "./growth-report.ts";
import { loadCurrentPlan } from "./load-current-plan.ts";
import { loadPersonProfile } from "./load-person-profile.ts";

/** Whose report to load, on which framework, and which evidence the reader may see. */
export interface LoadGrowthReportOptions {
  db: Database;
  framework: Framework;
  person: StoredPerson;
  /** Whether the reader may see an evidence entry; defaults to what the person's managers see. */
  evidenceVisible?: (entry: StoredEvidence) => boolean;
  now?: Date;
}

const sharedWithManagers = (entry: StoredEvidence) => entry.visibility !== "private";

/**
 * Loads everything a person's growth report shows and assembles it; by default only evidence
 * their managers may see is chosen, so private entries stay the person's own.
 *
 * @example
 * const report = await loadGrowthReport({ db, framework, person });
 * const markdown = renderReportMarkdown(report);
 */
export async function loadGrowthReport(options: LoadGrowthReportOptions): Promise<GrowthReport> {
  const { db, framework, person } = options;
  const orgId = person.orgId;
  const evidenceVisible = options.evidenceVisible ?? sharedWithManagers;
  const [record, currentPlan, manager] = await Promise.all([
    loadPersonProfile({ db, framework, orgId, personId: person.id, evidenceVisible }),
    loadCurrentPlan(db, { orgId, personId: person.id }),
    person.managerId ? getPerson(db, orgId, person.managerId) : Promise.resolve(null),
  ]);
  const evidenceScope: EvidenceScope = record.evidence.some(
    (entry) => entry.visibility === "private",
  )
    ? "all"
    : "shared";
  return assembleGrowthReport({
    framework,
    person,
    managerName: manager?.name ?? null,
    profile: record.profile,
    currentPlan,
    evidence: record.evidence.map(
      ({ id, personId, date, title, outcome, competencies, visibility }) => ({
        id,
        personId,
        date,
        title,
        ...(outcome ? { outcome } : {}),
        competencies,
        visibility,
      }),
    ),
    evidenceScope,
    generatedOn: (options.now ?? new Date()).toISOString().slice(0, 10),
  });
}
