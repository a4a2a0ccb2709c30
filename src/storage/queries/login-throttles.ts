import { and, eq, gt, inArray, lte, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { loginThrottles } from "../schema.ts";

/** One counted key after an attempt: how many attempts its current window holds, since when. */
export interface LoginThrottleCount {
  key: string;
  attempts: number;
  windowStartedAt: Date;
}

/**
 * Counts one sign-in attempt against each key in one statement (`INSERT … ON CONFLICT DO UPDATE
 * … RETURNING`), so concurrent attempts on any server all count. A key whose window began at or
 * before `windowStartedBefore` starts a new window at `now`.
 *
 * @example
 * const counts = await countLoginAttempt(db, ["account:…", "address:…"], now, windowStart);
 */
export async function countLoginAttempt(
  db: Database,
  keys: string[],
  now: Date,
  windowStartedBefore: Date,
): Promise<LoginThrottleCount[]> {
  // Sorted, so two statements on the same keys lock their rows in the same order.
  const sorted = [...new Set(keys)].sort();
  if (sorted.length === 0) return [];
  const stale = sql`${loginThrottles.windowStartedAt} <= ${windowStartedBefore.toISOString()}::timestamptz`;
  return db
    .insert(loginThrottles)
    .values(sorted.map((key) => ({ key, attempts: 1, windowStartedAt: now })))
    .onConflictDoUpdate({
      target: loginThrottles.key,
      set: {
        attempts: sql`case when ${stale} then 1 else ${loginThrottles.attempts} + 1 end`,
        windowStartedAt: sql`case when ${stale} then excluded.window_started_at else ${loginThrottles.windowStartedAt} end`,
      },
    })
    .returning({
      key: loginThrottles.key,
      attempts: loginThrottles.attempts,
      windowStartedAt: loginThrottles.windowStartedAt,
    });
}

/** Forgets the attempts of `clear` keys and gives one attempt back to each `refund` key. */
export async function forgiveLoginAttempt(
  db: Database,
  input: { clear: string[]; refund: string[] },
): Promise<void> {
  await db.transaction(async (tx) => {
    if (input.clear.length > 0) {
      await tx.delete(loginThrottles).where(inArray(loginThrottles.key, input.clear));
    }
    if (input.refund.length > 0) {
      await tx
        .update(loginThrottles)
        .set({ attempts: sql`greatest(${loginThrottles.attempts} - 1, 0)` })
        .where(and(inArray(loginThrottles.key, input.refund), gt(loginThrottles.attempts, 0)));
    }
  });
}

/** The current count of one key, or null; for tests and diagnostics. */
export async function findLoginThrottle(
  db: Database,
  key: string,
): Promise<LoginThrottleCount | null> {
  const [row] = await db.select().from(loginThrottles).where(eq(loginThrottles.key, key));
  return row ?? null;
}

/** Removes the counts whose window began at or before `before`; returns how many. */
export async function deleteStaleLoginThrottles(db: Database, before: Date): Promise<number> {
  const rows = await db
    .delete(loginThrottles)
    .where(lte(loginThrottles.windowStartedAt, before))
    .returning({ key: loginThrottles.key });
  return rows.length;
}
