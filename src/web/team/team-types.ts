import type { OrgAnalytics } from "../../engine/org-analytics-types.ts";

/** The engine's analytics as `GET /api/v1/analytics/org` and `/analytics/team/{id}` answer them. */
export type { OrgAnalytics } from "../../engine/org-analytics-types.ts";

/** Team analytics: the organisation's picture limited to one manager's reports. */
export type TeamAnalytics = OrgAnalytics & { managerId: string };

/** A person as the API lists them. */
export interface PersonSummary {
  id: string;
  name: string;
  email: string | null;
  roleId: string | null;
  managerId: string | null;
  team: string | null;
}

/** One competency of a person's aggregated profile (only what the pages show). */
export interface ProfileScore {
  competency: string;
  level: number | null;
  byRater: Partial<Record<"self" | "manager" | "peer", number>>;
  selfVsManager: number | null;
  reason: string;
}

/** A person's aggregated profile (`GET /api/v1/people/{id}/profile`). */
export interface PersonProfile {
  personId: string;
  competencies: Record<string, ProfileScore>;
  selfOnly: boolean;
  reason: string;
}

/** How close a person is to one role (`GET /api/v1/people/{id}/role-fits`). */
export interface RoleFitSummary {
  roleId: string;
  fit: number;
  readiness: "ready" | "close" | "stretch";
  reason: string;
}

/** A feedback request as the form sends it. */
export interface FeedbackAsk {
  personId: string;
  addresseePersonId: string;
  competencies: string[];
  message?: string;
}
