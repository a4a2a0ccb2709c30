import type { NextRole } from "../engine/fit/next-role.ts";
import type { GrowthPlanDraft } from "../engine/plans/draft-growth-plan.ts";
import type { Standing } from "../engine/profile/where-you-stand.ts";
import type { CareerPath, Evidence, Profile, RoleFit } from "../engine/types.ts";
import type { Framework } from "../framework/schema.ts";
import type { GrowthPlan } from "../storage/queries/growth-plans.ts";
import type { StoredPerson } from "../storage/queries/people.ts";

/** A stored growth plan with its goals and check-ins, as a report shows it. */
export type { GrowthPlan } from "../storage/queries/growth-plans.ts";

/** The growth plan part of a report: the person's current plan, an engine draft, or neither. */
export type ReportPlan =
  | { kind: "current"; plan: GrowthPlan }
  | { kind: "draft"; draft: GrowthPlanDraft }
  | { kind: "none"; reason: string };

/** What a focus competency looks like at the level the plan aims at, as the framework words it. */
export interface FocusLevel {
  competency: string;
  level: number;
  /** The level's observable criteria: one for a descriptor written as a sentence. */
  criteria: string[];
}

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
  /** The best routes from the person's role, best fit for them first. */
  paths: CareerPath[];
  plan: ReportPlan;
  /** Per focus competency of the plan, what the level it aims at looks like. */
  focusLevels: FocusLevel[];
  /** The chosen evidence, newest first. */
  evidence: Evidence[];
  evidenceScope: EvidenceScope;
}
