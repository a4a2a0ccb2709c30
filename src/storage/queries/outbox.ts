import type { Database } from "../database.ts";
import { outboxMails } from "../schema.ts";
import type { MailKind } from "../tables/outbox.ts";

/** A mail to queue: rendered, addressed, and named by the cause that makes it unique. */
export interface QueuedMail {
  orgId: string;
  /** Names the cause (`invitation:<id>:<sendCount>`): queuing the same key twice keeps one mail. */
  idempotencyKey: string;
  kind: MailKind;
  toPersonId: string | null;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
}

/**
 * Writes a mail to the outbox. Call it with the transaction of the action that causes the mail,
 * so the mail exists exactly when the action committed; the outbox worker sends it afterwards.
 * Answers false when a mail with the same key was already queued.
 */
export async function queueMail(db: Database, mail: QueuedMail): Promise<boolean> {
  const written = await db
    .insert(outboxMails)
    .values(mail)
    .onConflictDoNothing({ target: [outboxMails.orgId, outboxMails.idempotencyKey] })
    .returning({ id: outboxMails.id });
  return written.length > 0;
}
