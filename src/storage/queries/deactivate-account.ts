import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../database.ts";
import { apiTokens, sessions, users } from "../schema.ts";
import type { StoredUser } from "./users.ts";

/**
 * Deactivates an account in one transaction: it no longer signs in, and every session and
 * personal access token of it ends at once; its history stays. Null when the account is not in
 * the organisation; an account already deactivated keeps its first date.
 *
 * @example
 * await deactivateAccount(db, orgId, userId, new Date());
 */
export async function deactivateAccount(
  db: Database,
  orgId: string,
  userId: string,
  at: Date,
): Promise<StoredUser | null> {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select()
      .from(users)
      .where(and(eq(users.orgId, orgId), eq(users.id, userId)));
    if (!user) return null;
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await tx
      .update(apiTokens)
      .set({ revokedAt: at })
      .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
    if (user.deactivatedAt) return user;
    const [row] = await tx
      .update(users)
      .set({ deactivatedAt: at })
      .where(eq(users.id, userId))
      .returning();
    return row ?? null;
  });
}

/** Lets a deactivated account sign in again; null when the account is not in the organisation. */
export async function reactivateAccount(
  db: Database,
  orgId: string,
  userId: string,
): Promise<StoredUser | null> {
  const [row] = await db
    .update(users)
    .set({ deactivatedAt: null })
    .where(and(eq(users.orgId, orgId), eq(users.id, userId)))
    .returning();
  return row ?? null;
}
