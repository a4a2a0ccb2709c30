import { getPerson } from "../storage/queries/people.ts";
import { assembleGrowthReport } from "./assemble-growth-report.ts";
import type { EvidenceScope, GrowthReport } from "./growth-report-types.ts";
import { loadCurrentPlan } from "./load-current-plan.ts";
import { organisationToday } from "./organisation-today.ts";
import type { Actor } from "./policy.ts";
import { type EvidenceShown, type ReadProfileDeps, readProfile } from "./read-profile.ts";

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

/**
 * A person's growth report for an actor: the policy must allow reading the person and their
 * growth plans; the profile comes from `readProfile` with the evidence the actor may see (and,
 * with `evidence: "shared-with-managers"`, none of the private entries), then fits, paths, the
 * current plan or a draft for the next role, and the evidence itself.
 *
 * @example
 * const report = await growthReport(deps, localAdminActor(orgId), personId);
 * const markdown = renderReportMarkdown(report);
 */
export async function growthReport(
  deps: GrowthReportDeps,
  actor: Actor,
  personId: string,
  options: { evidence?: EvidenceShown } = {},
): Promise<GrowthReport> {
  const read = await readProfile(deps, actor, personId, {
    alsoRequires: ["person:read", "plan:read"],
    ...options,
  });
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
