import { checkTimeZone } from "../engine/calendar/check-time-zone.ts";
import type { Database } from "../storage/database.ts";
import {
  getOrganisationTimeZone,
  type OrganisationSettings,
  setOrganisationTimeZone,
} from "../storage/queries/organisation-time-zone.ts";
import type { Actor } from "./policy.ts";
import { recordAuditEntry } from "./record-audit-entry.ts";
import { notFoundRefusal, organisationWide, Refusal, refuseUnless } from "./refusal.ts";

/**
 * Sets the time zone whose calendar decides what "today" is for the actor's organisation
 * (admins only): the name must be an IANA time zone (`path` names the field in a refusal). The
 * change, with the zone before and after, is audited.
 *
 * @example
 * await setOrganisationTimeZoneAs({ db }, actor, "Pacific/Auckland");
 */
export async function setOrganisationTimeZoneAs(
  deps: { db: Database },
  actor: Extract<Actor, { kind: "user" }>,
  timeZone: string,
  path = "timeZone",
): Promise<OrganisationSettings> {
  refuseUnless(actor, "org:settings", organisationWide(actor.orgId));
  const zone = timeZone.trim();
  const issues = checkTimeZone(zone, path);
  if (issues.length > 0) {
    throw new Refusal("validation", "The organisation's time zone needs fixing.", issues);
  }
  const before = await getOrganisationTimeZone(deps.db, actor.orgId);
  const updated = await setOrganisationTimeZone(deps.db, actor.orgId, zone);
  if (!updated) throw notFoundRefusal("organisation", actor.orgId);
  await recordAuditEntry(deps.db, actor, {
    action: "org:set-time-zone",
    targetType: "organisation",
    targetId: actor.orgId,
    detail: { from: before, to: zone },
  });
  return updated;
}
