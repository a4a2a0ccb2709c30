import { nextRole } from "../engine/fit/next-role.ts";
import { roleFits } from "../engine/fit/role-fits.ts";
import { findPaths } from "../engine/paths/find-paths.ts";
import { draftGrowthPlan } from "../engine/plans/draft-growth-plan.ts";
import { whereYouStand } from "../engine/profile/where-you-stand.ts";
import type { Evidence, Profile } from "../engine/types.ts";
import type { Framework } from "../framework/schema.ts";
import type { GrowthPlan } from "../storage/queries/growth-plans.ts";
import type { StoredPerson } from "../storage/queries/people.ts";
import type { EvidenceScope, GrowthReport, ReportPlan } from "./growth-report-types.ts";
import { reportFocusLevels } from "./report-focus-levels.ts";

/** The facts a growth report is assembled from, already loaded and filtered for the reader. */
export interface GrowthReportInput {
  framework: Framework;
  person: StoredPerson;
  managerName: string | null;
  profile: Profile;
  /** The person's current growth plan with goals and check-ins, or null for an engine draft. */
  currentPlan: GrowthPlan | null;
  evidence: readonly Evidence[];
  evidenceScope: EvidenceScope;
  generatedOn: string;
}

// Enough routes to show real options without burying the best ones.
const pathsShown = 5;

function planFor(input: GrowthReportInput, target: string | null): ReportPlan {
  if (input.currentPlan) return { kind: "current", plan: input.currentPlan };
  if (target === null) {
    return {
      kind: "none",
      reason:
        "There is no growth plan yet and no next role to draft one for: choose a target role to start one.",
    };
  }
  return {
    kind: "draft",
    draft: draftGrowthPlan(input.framework, input.profile, target, {}, input.person.roleId),
  };
}

/**
 * Assembles a person's growth report: profile, where they stand, fit for every role, the best
 * paths given their preferences, the role they are working towards, their growth plan (or a
 * draft for that next role) with what each focus competency's target level looks like, and the
 * chosen evidence. Pure: the same input gives the same report.
 *
 * @example
 * const report = assembleGrowthReport({ framework, person, managerName: null, profile,
 *   currentPlan: null, evidence: [], evidenceScope: "shared", generatedOn: "2026-06-01" });
 */
export function assembleGrowthReport(input: GrowthReportInput): GrowthReport {
  const { framework, person, profile } = input;
  const fits = roleFits(framework, profile, {}, person.roleId);
  const known = new Set(framework.roles.map((role) => role.id));
  const targets = (person.preferences?.targetRoles ?? []).filter((id) => known.has(id));
  const paths = findPaths(framework, {
    from: person.roleId && known.has(person.roleId) ? person.roleId : null,
    profile,
    fits,
    k: 2,
    ...(targets.length > 0 ? { targets } : {}),
    ...(person.preferences ? { preferences: person.preferences } : {}),
    ...(person.background ? { background: person.background } : {}),
  }).slice(0, pathsShown);
  const next = nextRole(framework, person);
  const { id, name, email, roleId, team, preferences } = person;
  const plan = planFor(input, next?.roleId ?? null);
  return {
    generatedOn: input.generatedOn,
    framework,
    person: { id, name, email, roleId, team, ...(preferences ? { preferences } : {}) },
    managerName: input.managerName,
    profile,
    standing: whereYouStand(framework, profile, fits, person.roleId),
    nextRole: next,
    fits,
    paths,
    plan,
    focusLevels: reportFocusLevels(framework, plan),
    evidence: [...input.evidence],
    evidenceScope: input.evidenceScope,
  };
}
