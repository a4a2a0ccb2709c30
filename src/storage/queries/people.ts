import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Person } from "../../engine/types.ts";
import type { Database } from "../database.ts";
import { defaultLimit, type PageOptions } from "../page.ts";
import { people, roleHistory } from "../schema.ts";

/** A person as stored: the engine's Person plus organisation, email and timestamps. */
export interface StoredPerson extends Person {
  orgId: string;
  email: string | null;
  createdAt: string;
  updatedAt: string;
}

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
        from: options.roleSince ?? today(),
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
 * The ids of a person's managers, direct manager first, then skip-level and up; stops at a
 * cycle so bad data cannot loop.
 */
export async function listManagerChain(
  db: Database,
  orgId: string,
  personId: string,
): Promise<string[]> {
  const result = await db.execute(sql`
    with recursive chain(id, depth, path) as (
      select p.manager_id, 1, array[p.id, p.manager_id]
      from ${people} p
      where p.id = ${personId} and p.org_id = ${orgId} and p.manager_id is not null
      union all
      select p.manager_id, c.depth + 1, c.path || p.manager_id
      from chain c join ${people} p on p.id = c.id
      where p.manager_id is not null and p.org_id = ${orgId} and not p.manager_id = any(c.path)
    )
    select id from chain order by depth`);
  // The result type depends on the driver; both node-postgres and PGlite return `rows`.
  return (result as unknown as { rows: { id: string }[] }).rows.map((row) => row.id);
}

/**
 * SQL for the json array of a person's manager ids, direct manager first, stopping at a cycle;
 * the person's row must be in scope as `p`.
 */
export function managerChainJson(orgId: string): SQL {
  return sql`(
    with recursive chain(id, depth, path) as (
      select p.manager_id, 1, array[p.id, p.manager_id]
      where p.manager_id is not null
      union all
      select m.manager_id, c.depth + 1, c.path || m.manager_id
      from chain c join ${people} m on m.id = c.id
      where m.manager_id is not null and m.org_id = ${orgId} and not m.manager_id = any(c.path)
    )
    select coalesce(json_agg(chain.id order by chain.depth), '[]'::json) from chain)`;
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

/** Maps a stored row to the domain shape, leaving out absent optional facts. */
export function toPerson(row: typeof people.$inferSelect): StoredPerson {
  return {
    id: row.id,
    orgId: row.orgId,
    name: row.name,
    email: row.email,
    roleId: row.roleId,
    managerId: row.managerId,
    team: row.team,
    ...(row.background ? { background: row.background } : {}),
    ...(row.preferences ? { preferences: row.preferences } : {}),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
