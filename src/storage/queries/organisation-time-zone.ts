import { eq, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { organisations } from "../schema.ts";

/** An organisation's name and the settings every surface reads with the session. */
export interface OrganisationSettings {
  id: string;
  name: string;
  /** IANA time zone whose calendar decides what "today" is, e.g. `Europe/Berlin`. */
  timeZone: string;
}

/** An organisation's settings, or null when there is no such organisation. */
export async function getOrganisationSettings(
  db: Database,
  orgId: string,
): Promise<OrganisationSettings | null> {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name, timeZone: organisations.timeZone })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  return row ?? null;
}

/**
 * The IANA time zone an organisation keeps its calendar in (`UTC` unless an admin set one), or
 * null when there is no such organisation.
 */
export async function getOrganisationTimeZone(db: Database, orgId: string): Promise<string | null> {
  const [row] = await db
    .select({ timeZone: organisations.timeZone })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  return row?.timeZone ?? null;
}

/**
 * Sets an organisation's time zone (checked by the caller) and moves its revision on, so answers
 * kept for the old calendar are not served again; null when there is no such organisation.
 */
export async function setOrganisationTimeZone(
  db: Database,
  orgId: string,
  timeZone: string,
): Promise<OrganisationSettings | null> {
  const [row] = await db
    .update(organisations)
    .set({ timeZone, revision: sql`nextval('organisation_revisions')` })
    .where(eq(organisations.id, orgId))
    .returning({
      id: organisations.id,
      name: organisations.name,
      timeZone: organisations.timeZone,
    });
  return row ?? null;
}
