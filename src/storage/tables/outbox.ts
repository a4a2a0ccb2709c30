import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn } from "./columns.ts";
import { organisations } from "./organisations.ts";
import { people } from "./people.ts";

/**
 * Every mail Pathways sends. Invitations and password resets always go out; a person can turn
 * off the others (`optionalMailKinds` in `src/app/mail/optional-mail-kinds.ts`).
 */
export const mailKinds = [
  "invitation",
  "password-reset",
  "feedback-request",
  "assessment-submitted",
  "check-in-due",
  "cycle-reminder",
] as const;

/** One kind of mail. */
export type MailKind = (typeof mailKinds)[number];

/**
 * How a mail in the outbox stands: waiting to be sent (or retried), sent, kept for admins because
 * no SMTP server is configured, or given up on after its last attempt.
 */
export const outboxStatuses = ["pending", "sent", "kept", "failed"] as const;

/**
 * A mail, written in the same transaction as the action that causes it and sent afterwards by the
 * outbox worker, with retries. The idempotency key names the cause (one invitation link, one
 * check-in due) so the same mail is never queued twice.
 */
export const outboxMails = pgTable(
  "outbox_mails",
  {
    id: idColumn(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    idempotencyKey: text("idempotency_key").notNull(),
    kind: text("kind", { enum: mailKinds }).notNull(),
    toPersonId: uuid("to_person_id").references(() => people.id, { onDelete: "set null" }),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body").notNull(),
    status: text("status", { enum: outboxStatuses }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    createdAt: createdAtColumn(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("outbox_mails_key_idx").on(t.orgId, t.idempotencyKey),
    index("outbox_mails_due_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index("outbox_mails_org_idx").on(t.orgId, t.createdAt),
    check("outbox_mails_status_known", sql`${t.status} in ('pending', 'sent', 'kept', 'failed')`),
  ],
);
