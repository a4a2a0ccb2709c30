import type { Database } from "../storage/database.ts";
import type { PageOptions } from "../storage/page.ts";
import { listPeople, type StoredPerson } from "../storage/queries/people.ts";
import { type ReportingDepth, reportsUnder } from "../storage/queries/reporting-lines.ts";
import { loadPersonFacts } from "./person-facts.ts";
import { type Actor, can } from "./policy.ts";
import { organisationWide, refuseUnless } from "./refusal.ts";

/** Which people to list: one team, and/or the people under one manager. */
export interface PeopleFilters {
  team?: string;
  /** Only the people under this manager; the actor must be them, above them or an admin. */
  reportsTo?: string;
  /** With `reportsTo`: direct reports only, or everyone under the manager (the default). */
  depth?: ReportingDepth;
}

/**
 * The people an actor may list, in name order: admins everyone, others themself and everyone in
 * their reporting line; `reportsTo` narrows to one manager's team, which the policy must allow.
 * Reporting lines are read in one SQL query, however deep.
 *
 * @example
 * const page = await listVisiblePeople(db, actor, { reportsTo: me, depth: "direct" }, { limit: 21 });
 */
export async function listVisiblePeople(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  filters: PeopleFilters,
  page: PageOptions,
): Promise<StoredPerson[]> {
  const { team } = filters;
  if (filters.reportsTo !== undefined) {
    const { facts } = await loadPersonFacts(db, actor, filters.reportsTo);
    refuseUnless(actor, "people:list-team", facts);
    return reportsUnder(db, actor.orgId, filters.reportsTo, {
      ...page,
      team,
      depth: filters.depth ?? "all",
    });
  }
  if (can(actor, "people:list-all", organisationWide(actor.orgId)).allowed) {
    return listPeople(db, { orgId: actor.orgId, team, ...page });
  }
  // A member sees their own reporting line: themself and everyone under them.
  if (actor.personId === null) return [];
  return reportsUnder(db, actor.orgId, actor.personId, { ...page, team, withManager: true });
}
