import type { Framework } from "../../framework/schema.ts";
import type { EngineOptions } from "../options.ts";
import type { Person } from "../types.ts";
import { type OrgAnalyticsInput, orgAnalytics } from "./org-analytics.ts";
import type { OrgAnalytics } from "./org-analytics-types.ts";

/** Everyone who reports to `managerId`, directly or through other managers, in input order. */
export function reportsOf(people: readonly Person[], managerId: string): Person[] {
  const children = new Map<string, Person[]>();
  for (const person of people) {
    if (person.managerId === null) continue;
    const list = children.get(person.managerId) ?? [];
    list.push(person);
    children.set(person.managerId, list);
  }
  const inTeam = new Set<string>();
  const queue = [managerId];
  for (let at = 0; at < queue.length; at++) {
    for (const report of children.get(queue[at] as string) ?? []) {
      if (inTeam.has(report.id) || report.id === managerId) continue;
      inTeam.add(report.id);
      queue.push(report.id);
    }
  }
  return people.filter((person) => inTeam.has(person.id));
}

/**
 * Org analytics for a manager's reports, direct and indirect; leniency and alignment look only
 * at the assessments of those reports.
 *
 * @example teamAnalytics(framework, { people, assessments, managerId: "dana" }).bench
 */
export function teamAnalytics(
  framework: Framework,
  input: OrgAnalyticsInput & { managerId: string },
  options: Partial<EngineOptions> = {},
): OrgAnalytics & { managerId: string } {
  if (
    !input.people.some(
      (person) => person.id === input.managerId || person.managerId === input.managerId,
    )
  ) {
    throw new Error(
      `teamAnalytics: nobody is called "${input.managerId}" or reports to them; pass the id of a person in people.`,
    );
  }
  const reports = reportsOf(input.people, input.managerId);
  const team = orgAnalytics(framework, { ...input, people: reports }, options);
  return { ...team, managerId: input.managerId };
}
