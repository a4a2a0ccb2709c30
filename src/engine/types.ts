import type { TrackId, TransitionKind } from "../framework/schema.ts";

/** Who gave a rating. */
export type RaterKind = "self" | "manager" | "peer";

/** One rater's proficiency for one competency. */
export interface Rating {
  competency: string;
  level: number;
  note?: string;
  /** Ids of evidence entries that back this rating. */
  evidence?: string[];
}

/** One rater's ratings of one person at one time, pinned to a framework version. */
export interface Assessment {
  id: string;
  personId: string;
  raterId: string;
  raterKind: RaterKind;
  /** The framework the ratings were made against; absent means the framework it is read with. */
  frameworkId?: string;
  frameworkVersion: string;
  /** ISO timestamp; null while the assessment is a draft (drafts never count). */
  submittedAt: string | null;
  ratings: Rating[];
  /**
   * Competencies of the framework it is read with that did not exist when it was made, so it
   * could not rate them (set when it is carried forward from an earlier version).
   */
  notOffered?: string[];
}

/** Who may see an evidence entry. */
export type Visibility = "private" | "manager" | "org";

/** An entry in a person's impact log. */
export interface Evidence {
  id: string;
  personId: string;
  /** ISO date. */
  date: string;
  title: string;
  outcome?: string;
  competencies: string[];
  visibility: Visibility;
}

/** A newcomer's (or anyone's) background, used for entry placement. */
export interface Background {
  yearsExperience: number;
  /** Years working as a product manager, at this company or elsewhere. */
  yearsInProduct?: number;
  yearsInProductAdjacent: number;
  domainExpertise: boolean;
  startupExperience: boolean;
  /** Led people outside product management. */
  peopleLeadership: boolean;
  newGraduate?: boolean;
  internalTransfer?: boolean;
  bootcamp?: boolean;
}

/** What a person wants from their career, which paths respect. */
export interface Preferences {
  /** Tracks the person is drawn to, most preferred first. Empty means open to all. */
  tracks: TrackId[];
  /** Roles the person does not want (e.g. people management roles). */
  avoidRoles: string[];
  targetRoles: string[];
  successMeans?: string;
}

/** A person in an organisation, as the engine needs them. */
export interface Person {
  id: string;
  name: string;
  roleId: string | null;
  managerId: string | null;
  team: string | null;
  background?: Background;
  preferences?: Preferences;
}

/** One past or current role held by a person. */
export interface RoleHistoryEntry {
  personId: string;
  roleId: string;
  /** ISO date. */
  from: string;
  to: string | null;
}

/** How much to trust an aggregated proficiency. */
export type ConfidenceLevel = "high" | "medium" | "low";

/** The aggregated picture of one competency. */
export interface CompetencyScore {
  competency: string;
  /** Weighted mean on the scale; null when nobody rated it (unknown, never zero). */
  level: number | null;
  /** Per rater kind, the mean of that kind's latest submitted ratings. */
  byRater: Partial<Record<RaterKind, number>>;
  raters: number;
  /** Largest minus smallest rating across raters. */
  spread: number;
  /** In [0, 1]. */
  confidence: number;
  confidenceLevel: ConfidenceLevel;
  lowConfidence: boolean;
  /** Self minus manager, when both rated. */
  selfVsManager: number | null;
  evidenceCount: number;
  reason: string;
}

/** A person's aggregated proficiency per competency. */
export interface Profile {
  personId: string;
  frameworkVersion: string;
  competencies: Record<string, CompetencyScore>;
  /** True when only the person themself has rated. */
  selfOnly: boolean;
  /**
   * Unrated competencies that are newer than every assessment of the person: nobody could rate
   * them yet, so they do not hold readiness back (absent when there are none).
   */
  notAssessedYet?: string[];
  reason: string;
}

/** How close a profile is to a role. */
export type Readiness = "ready" | "close" | "stretch";

/** A competency where the profile falls short of (or is unknown for) a role. */
export interface Gap {
  competency: string;
  expected: number;
  /** null when unrated: an unknown is a gap to confirm, not a zero. */
  actual: number | null;
  shortfall: number;
  mandatory: boolean;
  weight: number;
}

/** A competency where the profile meets or exceeds a role. */
export interface Strength {
  competency: string;
  expected: number;
  actual: number;
}

/** The fit of one profile to one role. */
export interface RoleFit {
  roleId: string;
  /** In [0, 1]; 1 means every expectation is met. */
  fit: number;
  readiness: Readiness;
  gaps: Gap[];
  strengths: Strength[];
  /** Competencies the role expects that nobody has rated yet. */
  unknown: string[];
  reason: string;
  /** Set when the verdict rests on a self-assessment alone or on raters a level or more apart. */
  lowConfidence?: true;
}

/** One step of a path over the career graph. */
export interface PathStep {
  from: string | null;
  to: string;
  kind: TransitionKind | "entry";
  cost: number;
  gaps: Gap[];
  reason: string;
  /** The framework's note on why this move works, shown as context (absent when it has none). */
  note?: string;
}

/** A route from where a person is to a target role. */
export interface CareerPath {
  target: string;
  steps: PathStep[];
  cost: number;
  rank: number;
  reason: string;
}
