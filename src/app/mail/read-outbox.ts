import type { Database } from "../../storage/database.ts";
import type { PageOptions } from "../../storage/page.ts";
import { listOutboxMails, type OutboxEntry } from "../../storage/queries/outbox-listing.ts";
import type { Actor } from "../policy.ts";
import { organisationWide, refuseUnless } from "../refusal.ts";
import { type OutboxMailView, outboxMailView } from "./outbox-mail-view.ts";

/**
 * The actor's organisation's mails, newest first, with their status and link: admins only. With
 * no SMTP server configured, this is where the links of kept mails are found.
 *
 * @example
 * const mails = await readOutbox(db, actor, { statuses: ["kept", "failed"] }, { limit: 21 });
 */
export async function readOutbox(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  query: { statuses?: readonly OutboxEntry["status"][] },
  page: PageOptions,
): Promise<OutboxMailView[]> {
  refuseUnless(actor, "mail:read-outbox", organisationWide(actor.orgId));
  const entries = await listOutboxMails(db, { orgId: actor.orgId, ...query, ...page });
  return entries.map(outboxMailView);
}
