import { and, count, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { apiTokens, sessions, users } from "../schema.ts";
import type { StoredUser } from "./users.ts";

// The first key of the advisory lock: which kind of lock; the second is the organisation's hash.
const ownersLock = 7_391_002;

/**
 * Serialises every change to who owns an organisation (role changes, ownership transfers,
 * deactivations, erasures) until the calling transaction ends, so two admins demoting the last
 * two owners at once cannot both succeed: the second waits here, then counts the owners the first
 * one left.
 *
 * @example await db.transaction(async (tx) => { await lockOwners(tx, orgId); ... });
 */
export async function lockOwners(db: Database, orgId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${ownersLock}, hashtext(${orgId}))`);
}

/** How many active (not deactivated) owners an organisation has. */
export async function countActiveOwners(db: Database, orgId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.role, "owner"), isNull(users.deactivatedAt)));
  return row?.n ?? 0;
}

/** The account of a person in an organisation, or null when they have none. */
export async function findUserOfPerson(
  db: Database,
  orgId: string,
  personId: string,
): Promise<StoredUser | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.personId, personId)))
    .limit(1);
  return row ?? null;
}

/**
 * Ends everything an account signs in with: deletes its sessions and revokes its API tokens.
 * Call it in the transaction that deactivates the account, so both end together.
 */
export async function endAccountAccess(
  db: Database,
  userId: string,
  at: Date,
): Promise<{ sessions: number; tokens: number }> {
  const ended = await db
    .delete(sessions)
    .where(eq(sessions.userId, userId))
    .returning({ id: sessions.id });
  const revoked = await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return { sessions: ended.length, tokens: revoked.length };
}

/** Marks an account deactivated at `at`, or active again with null; null when not in the org. */
export async function setAccountDeactivated(
  db: Database,
  orgId: string,
  userId: string,
  at: Date | null,
): Promise<StoredUser | null> {
  const [row] = await db
    .update(users)
    .set({ deactivatedAt: at })
    .where(and(eq(users.orgId, orgId), eq(users.id, userId)))
    .returning();
  return row ?? null;
}
