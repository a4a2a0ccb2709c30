import type { NextRole } from "../engine/fit/next-role.ts";
import type { GrowthPlanDraft } from "../engine/plans/draft-growth-plan.ts";
import type { Standing } from "../engine/profile/where-you-stand.ts";
import type { CareerPath, Evidence, Profile, RoleFit } from "../engine/types.ts";
import type { Framework } from "../framework/schema.ts";
import type { GrowthPlan } from "../storage/queries/growth-plans.ts";
import { getPerson, type StoredPerson } from "../storage/queries/people.ts";
import { assembleGrowthReport } from "./assemble-growth-report.ts";
import { loadCurrentPlan } from "./load-current-plan.ts";
import type { Actor } from "./policy.ts";
import { type EvidenceShown, type ReadProfileDeps, readProfile } from "./read-profile.ts";

/** A stored growth plan with its goals and check-ins, as a report shows it. */
export type { GrowthPlan } from "../storage/queries/growth-plans.ts";

/** The growth plan part of a report: the person's current plan, an engine draft, or neither. */
export type ReportPlan =
  | { kind: "current"; plan: GrowthPlan }
  | { kind: "draft"; draft: GrowthPlanDraft }
  | { kind: "none"; reason: string };

/** Which evidence a report shows: what the person's managers see, or everything (their own copy). */
export type EvidenceScope = "shared" | "all";

/** Everything a growth report shows about one person, assembled before any rendering. */
export interface GrowthReport {
  /** ISO date the report was made on. */
  generatedOn: string;
  framework: Framework;
  person: Pick<StoredPerson, "id" | "name" | "email" | "roleId" | "team" | "preferences">;
  managerName: string | null;
  profile: Profile;
  standing: Standing;
  /** The role the person is working towards, as every surface names it; null when none. */
  nextRole: NextRole | null;
  /** The fit for every role, in framework order. */
  fits: RoleFit[];
  /** The best routes from the person's role, cheapest first. */
  paths: CareerPath[];
  plan: ReportPlan;
  /** The chosen evidence, newest first. */
  evidence: Evidence[];
  evidenceScope: EvidenceScope;
}

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
  const [currentPlan, manager] = await Promise.all([
    loadCurrentPlan(deps.db, { orgId, personId }),
    person.managerId ? getPerson(deps.db, orgId, person.managerId) : Promise.resolve(null),
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
    generatedOn: deps.now().toISOString().slice(0, 10),
  });
}
