import { and, eq, gt, lte } from "drizzle-orm";
import type { Database } from "../database.ts";
import { sessions, users } from "../schema.ts";
import type { StoredUser } from "./users.ts";

/** Starts a session, keyed by a digest of the cookie token. */
export async function createSession(
  db: Database,
  input: { tokenDigest: string; userId: string; expiresAt: Date },
): Promise<void> {
  await db
    .insert(sessions)
    .values({ id: input.tokenDigest, userId: input.userId, expiresAt: input.expiresAt });
}

/** The account of a session still live at `now`, or null. */
export async function findUserBySession(
  db: Database,
  tokenDigest: string,
  now: Date,
): Promise<StoredUser | null> {
  const [row] = await db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, tokenDigest), gt(sessions.expiresAt, now)));
  return row?.user ?? null;
}

/** Ends a session; ending one that does not exist is not an error. */
export async function deleteSession(db: Database, tokenDigest: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, tokenDigest));
}

/** Ends every session of an account, e.g. after a password change. */
export async function deleteUserSessions(db: Database, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Removes sessions that expired by `now`; returns how many. */
export async function deleteExpiredSessions(db: Database, now: Date): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(lte(sessions.expiresAt, now))
    .returning({ id: sessions.id });
  return rows.length;
}
