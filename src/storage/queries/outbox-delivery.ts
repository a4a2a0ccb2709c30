import { and, asc, eq, lte, sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { outboxMails } from "../schema.ts";
import { anyId } from "./any-id.ts";

/** A mail the worker claimed: what it needs to send it and to mark it afterwards. */
export interface ClaimedMail {
  id: string;
  orgId: string;
  idempotencyKey: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  /** The attempt this claim is, counting from 1; marking the mail names it. */
  attempts: number;
}

/**
 * Claims up to `limit` pending mails due at `now`: locks them with `FOR UPDATE SKIP LOCKED` (a
 * second worker skips them rather than waits), counts the attempt and moves their next attempt to
 * `leaseUntil`, and commits at once. No lock is held while the mail is sent; until the lease ends,
 * no other worker picks the mail up.
 */
export async function claimDueMails(
  db: Database,
  options: { now: Date; limit: number; leaseUntil: Date },
): Promise<ClaimedMail[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: outboxMails.id })
      .from(outboxMails)
      .where(and(eq(outboxMails.status, "pending"), lte(outboxMails.nextAttemptAt, options.now)))
      .orderBy(asc(outboxMails.nextAttemptAt))
      .limit(options.limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(outboxMails)
      .set({ attempts: sql`${outboxMails.attempts} + 1`, nextAttemptAt: options.leaseUntil })
      .where(
        anyId(
          outboxMails.id,
          due.map((row) => row.id),
        ),
      )
      .returning({
        id: outboxMails.id,
        orgId: outboxMails.orgId,
        idempotencyKey: outboxMails.idempotencyKey,
        toAddress: outboxMails.toAddress,
        subject: outboxMails.subject,
        textBody: outboxMails.textBody,
        htmlBody: outboxMails.htmlBody,
        attempts: outboxMails.attempts,
      });
  });
}

/** The claim a mark applies to: the mail and the attempt that claimed it. */
export interface MailClaim {
  id: string;
  attempts: number;
}

// A mark applies only to the claim it names: a worker whose lease ran out marks nothing.
const stillClaimed = (claim: MailClaim) =>
  and(
    eq(outboxMails.id, claim.id),
    eq(outboxMails.attempts, claim.attempts),
    eq(outboxMails.status, "pending"),
  );

/** How a claimed mail ended; answers false when the claim was no longer this worker's. */
export type MailOutcome =
  | { status: "sent"; at: Date }
  | { status: "kept" }
  | { status: "retry"; at: Date; error: string }
  | { status: "failed"; error: string };

/**
 * Records how an attempt ended: sent (with `sent_at`), kept for admins (no SMTP server), to be
 * retried at a time, or failed for good. Answers false when the claim was not this worker's any
 * more.
 */
export async function markMail(
  db: Database,
  claim: MailClaim,
  outcome: MailOutcome,
): Promise<boolean> {
  const values =
    outcome.status === "sent"
      ? { status: "sent" as const, sentAt: outcome.at, lastError: null }
      : outcome.status === "kept"
        ? { status: "kept" as const }
        : outcome.status === "retry"
          ? { nextAttemptAt: outcome.at, lastError: outcome.error }
          : { status: "failed" as const, lastError: outcome.error };
  const marked = await db
    .update(outboxMails)
    .set(values)
    .where(stillClaimed(claim))
    .returning({ id: outboxMails.id });
  return marked.length > 0;
}

/**
 * Makes every pending mail due now. Only for the embedded database, whose one process owns the
 * data directory: a claim left by a process that died is then nobody's, and waits for nothing.
 */
export async function makePendingMailsDue(db: Database, now: Date): Promise<number> {
  const due = await db
    .update(outboxMails)
    .set({ nextAttemptAt: now })
    .where(eq(outboxMails.status, "pending"))
    .returning({ id: outboxMails.id });
  return due.length;
}
