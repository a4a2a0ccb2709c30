import type { Framework } from "../../framework/schema.ts";
import type { FrameworkLineage } from "../profile/framework-lineage.ts";
import type { Assessment, Preferences, Readiness } from "../types.ts";

/** A framework with the versions whose assessments count for it. */
export interface FrameworkWithLineage {
  framework: Framework;
  lineage: FrameworkLineage;
}

/** What publishing changes is worked out from: the organisation's data as stored. */
export interface PublishFacts {
  people: { id: string; name: string; roleId: string | null; preferences?: Preferences | null }[];
  plans: { id: string; targetRoleId: string | null; focusCompetencies: string[] }[];
  goals: { id: string; competency: string | null }[];
  titleMappings: { id: string; title: string; roleId: string }[];
  openFeedback: { id: string; competencies: string[] }[];
  /** Every submitted assessment of the organisation, whatever framework it was made against. */
  assessments: Assessment[];
}

/** How a person's role continues in the new version. */
export type RoleChangeKind = "renamed" | "merged" | "mapped" | "removed";

/** A person whose role changes (or would be lost) when the version is published. */
export interface RoleChange {
  personId: string;
  name: string;
  fromRoleId: string;
  fromTitle: string;
  toRoleId: string | null;
  toTitle: string | null;
  kind: RoleChangeKind;
}

/** A role people hold that the new version neither keeps nor maps, and who holds it. */
export interface UnmappedRole {
  roleId: string;
  title: string;
  people: string[];
  sentence: string;
}

/** What happens to one competency's history. */
export type CompetencyFate = "carried" | "renamed" | "merged" | "split" | "dropped" | "new";

/** One competency's history across the publish, with how many ratings it rests on. */
export interface CompetencyHistory {
  competencyId: string;
  name: string;
  fate: CompetencyFate;
  /** Names of the competencies it continues as in the new version. */
  into: string[];
  /** Submitted ratings of it today (0 for a new competency). */
  ratings: number;
  sentence: string;
}

/** Where people stand for their next role; `none` when they have no next role. */
export type ReadinessBucket = Readiness | "none";

/** How many people move from one readiness to another for their next role, and why. */
export interface ReadinessMove {
  from: ReadinessBucket;
  to: ReadinessBucket;
  count: number;
  people: string[];
  why: string;
  sentence: string;
}

/** The impact of publishing a version, in words and numbers, before anything changes. */
export interface PublishPreview {
  from: { name: string; version: string } | null;
  to: { name: string; version: string };
  /** Whether people's ratings carry over (the new version's lineage reaches the current one). */
  historyCarriesOver: boolean;
  roleChanges: RoleChange[];
  unmappedRoles: UnmappedRole[];
  competencies: CompetencyHistory[];
  readiness: {
    before: Record<ReadinessBucket, number>;
    after: Record<ReadinessBucket, number>;
    moves: ReadinessMove[];
  };
  /** The roles of the version being published: where holders of a dropped role may go. */
  roleChoices: { roleId: string; title: string }[];
  /** Whether the version may be published as asked (nobody left without a role). */
  canPublish: boolean;
  /** The whole preview in a few sentences, most important first. */
  summary: string[];
}

/** The rows publishing rewrites so current data follows the new version's ids. */
export interface PublishUpdates {
  people: { id: string; roleId: string | null; preferences: Preferences | null }[];
  plans: { id: string; targetRoleId: string | null; focusCompetencies: string[] }[];
  goals: { id: string; competency: string | null }[];
  /** A null role drops the mapping: its role is gone and nobody mapped it. */
  titleMappings: { id: string; roleId: string | null }[];
  openFeedback: { id: string; competencies: string[] }[];
  /** Open feedback requests left with nothing to rate, closed with the reason the asker reads. */
  withdrawnFeedback: { id: string; reason: string }[];
}

/** A preview with the updates that apply it, and the problems that refuse it. */
export interface PublishPlan {
  preview: PublishPreview;
  updates: PublishUpdates;
  problems: { path: (string | number)[]; message: string; hint: string }[];
}
