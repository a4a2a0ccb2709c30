import { dayInTimeZone } from "../../../engine/calendar/day-in-time-zone.ts";
import type { OrganisationSettings } from "../../../storage/queries/organisation-time-zone.ts";
import type { UserRecord } from "../../auth/auth-store.ts";
import { csrfTokenFor } from "../../auth/tokens.ts";
import type { SessionBody } from "./schema.ts";

/**
 * The session body for a user, their organisation and the session's secret (never the password
 * hash); `today` is `now` on the organisation's calendar.
 */
export function presentSession(
  user: UserRecord,
  organisation: OrganisationSettings,
  sessionToken: string,
  now: Date,
): SessionBody {
  const { id, email, orgId, personId, role } = user;
  return {
    user: { id, email, orgId, personId, role },
    organisation: { id: organisation.id, name: organisation.name, timeZone: organisation.timeZone },
    today: dayInTimeZone(now, organisation.timeZone),
    csrfToken: csrfTokenFor(sessionToken),
  };
}
