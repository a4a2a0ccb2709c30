import { and, eq, gt, isNull } from "drizzle-orm";
import type { Database } from "../database.ts";
import { passwordResets } from "../schema.ts";

/** A password reset link as stored: its id is the digest of the link's token. */
export type StoredPasswordReset = typeof passwordResets.$inferSelect;

/** Keeps a new reset link (by its token's digest) for a user until `expiresAt`. */
export async function createPasswordReset(
  db: Database,
  input: { tokenDigest: string; userId: string; expiresAt: Date },
): Promise<void> {
  await db
    .insert(passwordResets)
    .values({ id: input.tokenDigest, userId: input.userId, expiresAt: input.expiresAt });
}

/** The reset a token digest names, used or not, or null. */
export async function findPasswordReset(
  db: Database,
  tokenDigest: string,
): Promise<StoredPasswordReset | null> {
  const [row] = await db.select().from(passwordResets).where(eq(passwordResets.id, tokenDigest));
  return row ?? null;
}

/**
 * Uses up a reset link that is unused and not expired at `at`; answers null otherwise, so a link
 * works once even when two requests race.
 */
export async function usePasswordReset(
  db: Database,
  tokenDigest: string,
  at: Date,
): Promise<StoredPasswordReset | null> {
  const [row] = await db
    .update(passwordResets)
    .set({ usedAt: at })
    .where(
      and(
        eq(passwordResets.id, tokenDigest),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, at),
      ),
    )
    .returning();
  return row ?? null;
}
