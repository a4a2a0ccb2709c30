import { getPerson } from "../storage/queries/people.ts";
import { assembleGrowthReport } from "./assemble-growth-report.ts";
import type { EvidenceScope, GrowthReport } from "./growth-report-types.ts";
import { includePrivateEvidence } from "./include-private-evidence.ts";
import { loadCurrentPlan } from "./load-current-plan.ts";
import { organisationToday } from "./organisation-today.ts";
import type { Actor } from "./policy.ts";
import { type ReadProfileDeps, readProfile } from "./read-profile.ts";

export type {
  EvidenceScope,
  GrowthPlan,
  GrowthReport,
  ReportPlan,
} from "./growth-report-types.ts";

/** What making a growth report needs. */
export interface GrowthReportDeps extends ReadProfileDeps {
  now: () => Date;
}

/** Options of {@link growthReport}. */
export interface GrowthReportOptions {
  /**
   * Also include the person's private evidence: only for their own copy, asked for at download,
   * allowed by the policy and recorded in the audit log. Without it a report holds the evidence
   * shared with the person's managers or the organisation, whoever reads it.
   */
  includePrivate?: boolean;
}

/**
 * A person's growth report for an actor: the policy must allow reading the person and their
 * growth plans; the profile comes from `readProfile` with the evidence shared beyond the person
 * (their private entries only when asked for, see {@link GrowthReportOptions}), then fits,
 * paths, the current plan or a draft for the next role, and the evidence itself.
 *
 * @example
 * const report = await growthReport(deps, localAdminActor(orgId), personId);
 * const markdown = renderReportMarkdown(report);
 */
export async function growthReport(
  deps: GrowthReportDeps,
  actor: Actor,
  personId: string,
  options: GrowthReportOptions = {},
): Promise<GrowthReport> {
  const read = await readProfile(deps, actor, personId, {
    alsoRequires: ["person:read", "plan:read"],
    evidence: options.includePrivate ? "all-visible" : "shared-with-managers",
  });
  // Asked only once the person is known to be readable (so signed in), so a stranger learns
  // nothing more from the refusal.
  if (options.includePrivate && actor.kind === "user") {
    await includePrivateEvidence(deps.db, actor, personId);
  }
  const { person, framework } = read;
  const orgId = person.orgId;
  const [currentPlan, manager, generatedOn] = await Promise.all([
    loadCurrentPlan(deps.db, { orgId, personId }),
    person.managerId ? getPerson(deps.db, orgId, person.managerId) : Promise.resolve(null),
    organisationToday(deps, orgId),
  ]);
  const evidenceScope: EvidenceScope = read.evidence.some((entry) => entry.visibility === "private")
    ? "all"
    : "shared";
  const { nextRole: _nextRole, ...profile } = read.profile;
  return assembleGrowthReport({
    framework,
    person,
    managerName: manager?.name ?? null,
    profile,
    currentPlan,
    evidence: read.evidence.map(
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
    generatedOn,
  });
}
