import { and, eq, gt, lte, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { organisations, sessions, users } from "../schema.ts";
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

/** A live session's account, and its organisation's revision as this lookup read it. */
export interface SessionLookup {
  user: StoredUser;
  /** `organisations.revision` when the session was read; see {@link organisations}. */
  orgRevision: number;
}

function prepareSessionLookup(db: Database) {
  return db
    .select({ user: users, orgRevision: organisations.revision })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(
      and(
        eq(sessions.id, sql.placeholder("digest")),
        gt(sessions.expiresAt, sql.placeholder("now")),
      ),
    )
    .prepare("find_user_by_session");
}

// Every signed-in request runs this; prepared once per database, PostgreSQL plans it once per
// connection instead of once per request.
const sessionLookups = new WeakMap<Database, ReturnType<typeof prepareSessionLookup>>();

/**
 * The account of a session still live at `now` and its organisation's revision, in one
 * statement, or null.
 *
 * @example
 * const found = await findUserBySession(db, digestToken(token), new Date());
 */
export async function findUserBySession(
  db: Database,
  tokenDigest: string,
  now: Date,
): Promise<SessionLookup | null> {
  let lookup = sessionLookups.get(db);
  if (!lookup) {
    lookup = prepareSessionLookup(db);
    sessionLookups.set(db, lookup);
  }
  const [row] = await lookup.execute({ digest: tokenDigest, now });
  return row ?? null;
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
