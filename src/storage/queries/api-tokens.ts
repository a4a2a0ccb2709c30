import { and, desc, eq, gt, isNull, lt, or } from "drizzle-orm";
import type { Database } from "../database.ts";
import { apiTokens, organisations, users } from "../schema.ts";
import type { OrganisationSettings } from "./organisation-time-zone.ts";
import type { StoredUser } from "./users.ts";

/** A personal access token as stored: never the token, only its digest and hint. */
export type StoredApiToken = typeof apiTokens.$inferSelect;

/** What a new token row needs. */
export type NewApiToken = Pick<
  StoredApiToken,
  "userId" | "name" | "tokenDigest" | "hint" | "scope" | "expiresAt"
>;

/** Stores a new token (its digest). */
export async function createApiToken(db: Database, input: NewApiToken): Promise<StoredApiToken> {
  const [row] = await db.insert(apiTokens).values(input).returning();
  if (!row) throw new Error("Creating the token returned no row.");
  return row;
}

/** An account's tokens, newest first, revoked and expired ones included. */
export async function listApiTokens(db: Database, userId: string): Promise<StoredApiToken[]> {
  return db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}

/** Revokes one of an account's tokens; null when the account has no such token. */
export async function revokeApiToken(
  db: Database,
  userId: string,
  tokenId: string,
  at: Date,
): Promise<StoredApiToken | null> {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(
      and(eq(apiTokens.userId, userId), eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)),
    )
    .returning();
  if (row) return row;
  const [already] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), eq(apiTokens.id, tokenId)));
  return already ?? null;
}

/** A live token's account, as a bearer request resolves it. */
export interface ApiTokenLookup {
  user: StoredUser;
  orgRevision: number;
  organisation: OrganisationSettings;
  tokenId: string;
  scope: StoredApiToken["scope"];
  lastUsedAt: Date | null;
}

/**
 * The account of a token that is live at `now`: not revoked, not expired, and whose account is
 * not deactivated; with its organisation, in one statement. Null otherwise.
 */
export async function findUserByApiToken(
  db: Database,
  tokenDigest: string,
  now: Date,
): Promise<ApiTokenLookup | null> {
  const [row] = await db
    .select({
      user: users,
      orgRevision: organisations.revision,
      organisation: {
        id: organisations.id,
        name: organisations.name,
        timeZone: organisations.timeZone,
      },
      tokenId: apiTokens.id,
      scope: apiTokens.scope,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .innerJoin(organisations, eq(organisations.id, users.orgId))
    .where(
      and(
        eq(apiTokens.tokenDigest, tokenDigest),
        isNull(apiTokens.revokedAt),
        gt(apiTokens.expiresAt, now),
        isNull(users.deactivatedAt),
      ),
    );
  return row ?? null;
}

/** Records that a token was used at `now` (never moving it back). */
export async function touchApiToken(db: Database, tokenId: string, now: Date): Promise<void> {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiTokens.id, tokenId),
        or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, now)),
      ),
    );
}
