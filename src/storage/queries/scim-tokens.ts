import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../database.ts";
import { scimTokens } from "../schema.ts";

/** A SCIM token as stored (its digest only). */
export type StoredScimToken = typeof scimTokens.$inferSelect;

/** Stores a new SCIM token's digest under a name. */
export async function createScimToken(
  db: Database,
  input: { orgId: string; name: string; tokenDigest: string },
): Promise<StoredScimToken> {
  const [row] = await db.insert(scimTokens).values(input).returning();
  if (!row) throw new Error("Storing the SCIM token returned no row.");
  return row;
}

/** The live (not revoked) token with this digest, noting its use at `at`, or null. */
export async function findLiveScimToken(
  db: Database,
  tokenDigest: string,
  at: Date,
): Promise<StoredScimToken | null> {
  const [row] = await db
    .update(scimTokens)
    .set({ lastUsedAt: at })
    .where(and(eq(scimTokens.tokenDigest, tokenDigest), isNull(scimTokens.revokedAt)))
    .returning();
  return row ?? null;
}
