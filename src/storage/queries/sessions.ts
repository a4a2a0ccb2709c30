import { and, eq, gt, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { organisations, sessions, users } from "../schema.ts";
import type { OrganisationSettings } from "./organisation-time-zone.ts";
import type { StoredUser } from "./users.ts";

/** How long a session lives without a request, unless the server is told otherwise. */
export const defaultSessionIdleMs = 12 * 60 * 60 * 1000;

/** Starts a session, keyed by a digest of the cookie token; last seen now unless `lastSeenAt`. */
export async function createSession(
  db: Database,
  input: { tokenDigest: string; userId: string; expiresAt: Date; lastSeenAt?: Date },
): Promise<void> {
  await db.insert(sessions).values({
    id: input.tokenDigest,
    userId: input.userId,
    expiresAt: input.expiresAt,
    ...(input.lastSeenAt ? { lastSeenAt: input.lastSeenAt } : {}),
  });
}

/** A live session's account, and its organisation's revision as this lookup read it. */
export interface SessionLookup {
  user: StoredUser;
  /** `organisations.revision` when the session was read; see {@link organisations}. */
  orgRevision: number;
  /** The organisation's name and settings, read in the same statement. */
  organisation: OrganisationSettings;
  /** When the session last saw a request (as last recorded; see {@link touchSession}). */
  lastSeenAt: Date;
}

function prepareSessionLookup(db: Database) {
  return db
    .select({
      user: users,
      orgRevision: organisations.revision,
      organisation: {
        id: organisations.id,
        name: organisations.name,
        timeZone: organisations.timeZone,
      },
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(
      and(
        eq(sessions.id, sql.placeholder("digest")),
        gt(sessions.expiresAt, sql.placeholder("now")),
        gt(sessions.lastSeenAt, sql.placeholder("idleSince")),
        // A deactivated account's sessions are deleted with it; this refuses any left behind.
        isNull(users.deactivatedAt),
      ),
    )
    .prepare("find_user_by_session");
}

// Every signed-in request runs this; prepared once per database, PostgreSQL plans it once per
// connection instead of once per request.
const sessionLookups = new WeakMap<Database, ReturnType<typeof prepareSessionLookup>>();

/**
 * The account of a session still live at `now` (before its absolute end, and seen after
 * `idleSince`) whose account is not deactivated, and its organisation's revision, in one statement, or null.
 *
 * @example
 * const found = await findUserBySession(db, digestToken(token), new Date());
 */
export async function findUserBySession(
  db: Database,
  tokenDigest: string,
  now: Date,
  idleSince: Date = new Date(now.getTime() - defaultSessionIdleMs),
): Promise<SessionLookup | null> {
  let lookup = sessionLookups.get(db);
  if (!lookup) {
    lookup = prepareSessionLookup(db);
    sessionLookups.set(db, lookup);
  }
  const [row] = await lookup.execute({ digest: tokenDigest, now, idleSince });
  return row ?? null;
}

/** Records that a session saw a request at `now` (never moving it back). */
export async function touchSession(db: Database, tokenDigest: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(and(eq(sessions.id, tokenDigest), lt(sessions.lastSeenAt, now)));
}

/** Ends a session; ending one that does not exist is not an error. */
export async function deleteSession(db: Database, tokenDigest: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, tokenDigest));
}

/** Ends every session of an account ("sign out everywhere", a password change); returns how many. */
export async function deleteUserSessions(db: Database, userId: string): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(eq(sessions.userId, userId))
    .returning({ id: sessions.id });
  return rows.length;
}

/** Removes sessions that expired by `now` or were last seen by `idleSince`; returns how many. */
export async function deleteExpiredSessions(
  db: Database,
  now: Date,
  idleSince: Date = new Date(now.getTime() - defaultSessionIdleMs),
): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(or(lte(sessions.expiresAt, now), lte(sessions.lastSeenAt, idleSince)))
    .returning({ id: sessions.id });
  return rows.length;
}
