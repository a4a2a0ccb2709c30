import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { defaultLimit, type PageOptions } from "../page.ts";
import { people, users } from "../schema.ts";
import { anyId } from "./any-id.ts";

/** A user account as stored. */
export type StoredUser = typeof users.$inferSelect;

/** What a new account needs; the email is stored lower-cased. */
export type NewUser = Pick<StoredUser, "orgId" | "email" | "passwordHash"> &
  Partial<Pick<StoredUser, "role" | "personId">>;

/** Creates an account; emails are unique across the installation, whatever their case. */
export async function createUser(db: Database, input: NewUser): Promise<StoredUser> {
  const [row] = await db
    .insert(users)
    .values({ ...input, email: normaliseEmail(input.email) })
    .returning();
  if (!row) throw new Error("Creating the user returned no row.");
  return row;
}

/** Finds an account by id, or null. */
export async function getUser(db: Database, id: string): Promise<StoredUser | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

/** Finds an account by email, ignoring case, or null. */
export async function findUserByEmail(db: Database, email: string): Promise<StoredUser | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${normaliseEmail(email)}`);
  return row ?? null;
}

/** Whether any account exists at all (none means the first start's setup is open). */
export async function hasUsers(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) > 0;
}

/** An organisation's accounts, by email. */
export async function listUsers(
  db: Database,
  options: { orgId: string } & PageOptions,
): Promise<StoredUser[]> {
  return db
    .select()
    .from(users)
    .where(eq(users.orgId, options.orgId))
    .orderBy(asc(users.email))
    .limit(options.limit ?? defaultLimit)
    .offset(options.offset ?? 0);
}

/** Changes an account's role, person link or password hash; null when not in the organisation. */
export async function updateUser(
  db: Database,
  orgId: string,
  id: string,
  patch: Partial<Pick<StoredUser, "role" | "personId" | "passwordHash">>,
): Promise<StoredUser | null> {
  const [row] = await db
    .update(users)
    .set(patch)
    .where(and(eq(users.orgId, orgId), eq(users.id, id)))
    .returning();
  return row ?? null;
}

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * How to name accounts of an organisation to colleagues: their person's name, or their email
 * when they have no person record. Ids of other organisations or unknown ids are left out.
 *
 * @example
 * const names = await userNames(db, orgId, requests.map((r) => r.requesterUserId));
 */
export async function userNames(
  db: Database,
  orgId: string,
  userIds: readonly (string | null)[],
): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: sql<string>`coalesce(${people.name}, ${users.email})` })
    .from(users)
    .leftJoin(people, eq(people.id, users.personId))
    .where(and(eq(users.orgId, orgId), anyId(users.id, ids)));
  return new Map(rows.map((row) => [row.id, row.name]));
}
