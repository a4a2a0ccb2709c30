import { dayInTimeZone } from "../engine/calendar/day-in-time-zone.ts";
import type { Database } from "../storage/database.ts";
import { getOrganisationTimeZone } from "../storage/queries/organisation-time-zone.ts";

/**
 * What day it is now (YYYY-MM-DD) on the organisation's calendar: `now` in its time zone, UTC
 * when the organisation is not found.
 *
 * @example
 * const from = await organisationToday(deps, actor.orgId); // "2026-06-02" in Auckland at 13:00Z
 */
export async function organisationToday(
  deps: { db: Database; now: () => Date },
  orgId: string,
): Promise<string> {
  const timeZone = (await getOrganisationTimeZone(deps.db, orgId)) ?? "UTC";
  return dayInTimeZone(deps.now(), timeZone);
}
