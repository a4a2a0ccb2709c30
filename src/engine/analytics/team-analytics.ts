import type { Framework } from "../../framework/schema.ts";
import type { EngineOptions } from "../options.ts";
import { type OrgAnalyticsInput, orgAnalytics } from "./org-analytics.ts";
import type { OrgAnalytics } from "./org-analytics-types.ts";

/**
 * Org analytics for a manager's team: `people` are the manager's reports, direct and indirect, as
 * storage found them (reporting lines are walked once, in SQL); leniency and alignment look only
 * at the assessments of those people.
 *
 * @example teamAnalytics(framework, { people: reports, assessments, managerId: "dana" }).bench
 */
export function teamAnalytics(
  framework: Framework,
  input: OrgAnalyticsInput & { managerId: string },
  options: Partial<EngineOptions> = {},
): OrgAnalytics & { managerId: string } {
  if (input.people.some((person) => person.id === input.managerId)) {
    throw new Error(
      `teamAnalytics: "${input.managerId}" is among the people; pass only the manager's reports, not the manager.`,
    );
  }
  // The scan skips assessments of anyone not among the people, so outsiders' ratings never count.
  const analytics = orgAnalytics(framework, input, options);
  return { ...analytics, managerId: input.managerId };
}
