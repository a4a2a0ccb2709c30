import type { TrackId } from "../../framework/schema.ts";

/** How many people hold each role and sit on each track. */
export interface Distribution {
  roles: { roleId: string; title: string; track: TrackId; people: number }[];
  tracks: { track: TrackId; people: number }[];
  /** People with no role, or a role the framework does not know. */
  withoutRole: number;
  reason: string;
}

/** One team's mean aggregated level per competency, and how many people it rests on. */
export interface TeamHeatmap {
  team: string;
  people: number;
  competencies: { competency: string; mean: number | null; count: number }[];
  reason: string;
}

/** Who could step into a role: people ready or close for it (current holders left out). */
export interface BenchStrength {
  roleId: string;
  ready: number;
  close: number;
  /** Who is ready, in answer order: the first `benchNamesMax` of them (`ready` counts all). */
  readyPeople: string[];
  /** Who is close, in answer order: the first `benchNamesMax` of them (`close` counts all). */
  closePeople: string[];
  reason: string;
}

/** How often self and manager ratings agree within one level. */
export interface Alignment {
  /** Person-competency pairs rated by both the person and their manager. */
  compared: number;
  aligned: number;
  /** Share of compared pairs where |self - manager| < 1; null when nothing could be compared. */
  rate: number | null;
  reason: string;
}

/** How a rater's ratings sit against the other raters of the same people and competencies. */
export interface RaterLeniency {
  raterId: string;
  /** Ratings that had at least one other rater to compare with. */
  compared: number;
  /** Mean of (this rating - the others' mean); positive rates higher than the others. */
  leniency: number;
  reason: string;
}

/** A manager's direct reports against the framework's span-of-control guideline. */
export interface SpanOfControl {
  managerId: string;
  directReports: number;
  status: "below" | "within" | "above" | "no-guideline";
  reason: string;
}

/** The whole picture of an organisation (or a team), each part with its reason. */
export interface OrgAnalytics {
  people: number;
  distribution: Distribution;
  /** The largest teams, at most `heatmapTeamsMax`, in name order (see `largestTeams`). */
  heatmap: TeamHeatmap[];
  /** How many teams there are, listed in `heatmap` or not. */
  heatmapTeams: number;
  bench: BenchStrength[];
  alignment: Alignment;
  /** The raters furthest from the others, at most `leniencyRatersMax` (see `raterLeniency`). */
  leniency: RaterLeniency[];
  /** How many raters had ratings to compare, listed in `leniency` or not. */
  leniencyRaters: number;
  /** The managers furthest outside the guideline, at most `spanManagersMax` (see `furthestSpans`). */
  spanOfControl: SpanOfControl[];
  /** How many managers there are, listed in `spanOfControl` or not. */
  spanOfControlManagers: number;
  /** How many managers are below, within and above the guideline, listed or not. */
  spanOfControlCounts: Record<SpanOfControl["status"], number>;
  reason: string;
}
