import type { OutboxEntry } from "../../storage/queries/outbox-listing.ts";
import { mailLink } from "./mail-link.ts";

/** A mail as admins see it on the Outbox page: to whom, what, how it stands, and its link. */
export interface OutboxMailView {
  id: string;
  kind: OutboxEntry["kind"];
  status: OutboxEntry["status"];
  to: string;
  subject: string;
  /** The mail's one link, so a kept mail can be passed on by hand. */
  link: string | null;
  attempts: number;
  /** Why the last attempt failed, in one line. */
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  /** When a pending mail is tried next. */
  nextAttemptAt: string | null;
}

/** An outbox row as admins see it. */
export function outboxMailView(entry: OutboxEntry): OutboxMailView {
  return {
    id: entry.id,
    kind: entry.kind,
    status: entry.status,
    to: entry.toAddress,
    subject: entry.subject,
    link: mailLink(entry.textBody),
    attempts: entry.attempts,
    lastError: entry.lastError,
    createdAt: entry.createdAt.toISOString(),
    sentAt: entry.sentAt?.toISOString() ?? null,
    nextAttemptAt: entry.status === "pending" ? entry.nextAttemptAt.toISOString() : null,
  };
}
