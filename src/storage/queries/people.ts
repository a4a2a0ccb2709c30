import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { dayInTimeZone } from "../../engine/calendar/day-in-time-zone.ts";
import type { Database } from "../database.ts";
import { defaultLimit, type PageOptions } from "../page.ts";
import { people, roleHistory } from "../schema.ts";
import { getOrganisationTimeZone } from "./organisation-time-zone.ts";
import { type StoredPerson, toPerson } from "./person-row.ts";
import { managerChainJson } from "./reporting-lines.ts";

export { type StoredPerson, toPerson } from "./person-row.ts";
export {
  managerChain as listManagerChain,
  managerChainJson,
} from "./reporting-lines.ts";

/** What a new person needs. */
export type NewPerson = Pick<typeof people.$inferInsert, "orgId" | "name"> &
  Partial<Omit<typeof people.$inferInsert, "id" | "orgId" | "name" | "createdAt" | "updatedAt">>;

/** The fields of a person that may change directly (role changes go through changeRole). */
export type PersonPatch = Partial<
  Pick<
    typeof people.$inferInsert,
    "name" | "email" | "managerId" | "team" | "background" | "preferences"
  >
>;

/** Creates a person; a starting role also opens their role history, in one transaction. */
export async function createPerson(
  db: Database,
  input: NewPerson,
  options: { roleSince?: string } = {},
): Promise<StoredPerson> {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(people).values(input).returning();
    if (!row) throw new Error("Creating the person returned no row.");
    if (row.roleId) {
      await tx.insert(roleHistory).values({
        personId: row.id,
        roleId: row.roleId,
        from: options.roleSince ?? (await organisationDay(tx, input.orgId, new Date())),
      });
    }
    return toPerson(row);
  });
}

/** Finds a person in an organisation, or null (also for another organisation's id). */
export async function getPerson(
  db: Database,
  orgId: string,
  id: string,
): Promise<StoredPerson | null> {
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.orgId, orgId), eq(people.id, id)));
  return row ? toPerson(row) : null;
}

/** Finds a person in an organisation by email, ignoring case, or null. */
export async function findPersonByEmail(
  db: Database,
  orgId: string,
  email: string,
): Promise<StoredPerson | null> {
  const [row] = await db
    .select()
    .from(people)
    .where(
      and(eq(people.orgId, orgId), sql`lower(${people.email}) = ${email.trim().toLowerCase()}`),
    )
    .limit(1);
  return row ? toPerson(row) : null;
}

/** An organisation's people by name, optionally only one manager's direct reports or one team. */
export async function listPeople(
  db: Database,
  options: { orgId: string; managerId?: string; team?: string } & PageOptions,
): Promise<StoredPerson[]> {
  const rows = await db
    .select()
    .from(people)
    .where(
      and(
        eq(people.orgId, options.orgId),
        options.managerId === undefined ? undefined : eq(people.managerId, options.managerId),
        options.team === undefined ? undefined : eq(people.team, options.team),
      ),
    )
    .orderBy(asc(people.name), asc(people.id))
    .limit(options.limit ?? defaultLimit)
    .offset(options.offset ?? 0);
  return rows.map(toPerson);
}

/** Changes a person's details; null when the person is not in the organisation. */
export async function updatePerson(
  db: Database,
  orgId: string,
  id: string,
  patch: PersonPatch,
): Promise<StoredPerson | null> {
  const [row] = await db
    .update(people)
    .set(patch)
    .where(and(eq(people.orgId, orgId), eq(people.id, id)))
    .returning();
  return row ? toPerson(row) : null;
}

/** Deletes a person and everything that is theirs; false when there was no such person. */
export async function deletePerson(db: Database, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(people)
    .where(and(eq(people.orgId, orgId), eq(people.id, id)))
    .returning({ id: people.id });
  return rows.length > 0;
}

/**
 * A person of an organisation and the ids of their managers (direct first), in one round trip;
 * null when the person is not in the organisation. The chain stops at a cycle, as
 * {@link listManagerChain} does.
 */
export async function getPersonWithManagerChain(
  db: Database,
  orgId: string,
  id: string,
): Promise<{ person: StoredPerson; managerChain: string[] } | null> {
  const p = alias(people, "p");
  const [found] = await db
    .select({ row: p, chain: sql<string[]>`${managerChainJson(orgId)}` })
    .from(p)
    .where(and(eq(p.orgId, orgId), eq(p.id, id)));
  return found ? { person: toPerson(found.row), managerChain: found.chain } : null;
}

/** The day `now` falls on in the organisation's time zone (UTC when it has none). */
async function organisationDay(db: Database, orgId: string, now: Date): Promise<string> {
  return dayInTimeZone(now, (await getOrganisationTimeZone(db, orgId)) ?? "UTC");
}
