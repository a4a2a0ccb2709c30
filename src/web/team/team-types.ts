import type { OrgAnalytics } from "../../engine/analytics/org-analytics-types.ts";
import type { PersonRecord } from "../hooks/use-person.ts";

/** The engine's analytics as `GET /api/v1/analytics/org` and `/analytics/team/{id}` answer them. */
export type { OrgAnalytics } from "../../engine/analytics/org-analytics-types.ts";

/** Team analytics: the organisation's picture limited to one manager's reports. */
export type TeamAnalytics = OrgAnalytics & { managerId: string };

/** A person as the API lists them. */
export type PersonSummary = Omit<PersonRecord, "preferences">;

/** A person's aggregated profile and role fits, as the insights routes answer them. */
export type { Profile as PersonProfile, RoleFit as RoleFitSummary } from "../../engine/types.ts";

/** A feedback request as the form sends it. */
export interface FeedbackAsk {
  personId: string;
  addresseePersonId: string;
  competencies: string[];
  message?: string;
}
