import { and, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../database.ts";
import { defaultLimit, type PageOptions } from "../page.ts";
import { outboxMails } from "../schema.ts";

/** A mail as the Outbox page lists it. */
export type OutboxEntry = Pick<
  typeof outboxMails.$inferSelect,
  | "id"
  | "kind"
  | "status"
  | "toAddress"
  | "subject"
  | "textBody"
  | "attempts"
  | "lastError"
  | "createdAt"
  | "sentAt"
  | "nextAttemptAt"
>;

const entryColumns = {
  id: outboxMails.id,
  kind: outboxMails.kind,
  status: outboxMails.status,
  toAddress: outboxMails.toAddress,
  subject: outboxMails.subject,
  textBody: outboxMails.textBody,
  attempts: outboxMails.attempts,
  lastError: outboxMails.lastError,
  createdAt: outboxMails.createdAt,
  sentAt: outboxMails.sentAt,
  nextAttemptAt: outboxMails.nextAttemptAt,
};

/** An organisation's mails, newest first, optionally of some statuses only. */
export async function listOutboxMails(
  db: Database,
  filter: { orgId: string; statuses?: readonly OutboxEntry["status"][] } & PageOptions,
): Promise<OutboxEntry[]> {
  const statuses = filter.statuses ?? [];
  return db
    .select(entryColumns)
    .from(outboxMails)
    .where(
      and(
        eq(outboxMails.orgId, filter.orgId),
        statuses.length > 0 ? inArray(outboxMails.status, [...statuses]) : undefined,
      ),
    )
    .orderBy(desc(outboxMails.createdAt), desc(outboxMails.id))
    .limit(filter.limit ?? defaultLimit)
    .offset(filter.offset ?? 0);
}

/** One mail of an organisation, or null. */
export async function getOutboxMail(
  db: Database,
  orgId: string,
  id: string,
): Promise<OutboxEntry | null> {
  const [row] = await db
    .select(entryColumns)
    .from(outboxMails)
    .where(and(eq(outboxMails.orgId, orgId), eq(outboxMails.id, id)));
  return row ?? null;
}

/**
 * Puts a failed mail back in the queue, due now, with its attempts counted afresh. Answers the
 * mail, or null when the organisation has no failed mail with that id.
 */
export async function requeueFailedMail(
  db: Database,
  input: { orgId: string; id: string; now: Date },
): Promise<OutboxEntry | null> {
  const [row] = await db
    .update(outboxMails)
    .set({ status: "pending", attempts: 0, nextAttemptAt: input.now })
    .where(
      and(
        eq(outboxMails.orgId, input.orgId),
        eq(outboxMails.id, input.id),
        eq(outboxMails.status, "failed"),
      ),
    )
    .returning(entryColumns);
  return row ?? null;
}
