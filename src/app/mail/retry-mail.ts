import type { Database } from "../../storage/database.ts";
import { getOutboxMail, requeueFailedMail } from "../../storage/queries/outbox-listing.ts";
import type { Actor } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { notFoundRefusal, organisationWide, Refusal, refuseUnless } from "../refusal.ts";
import { type OutboxMailView, outboxMailView } from "./outbox-mail-view.ts";

/**
 * Puts a failed mail back in the queue, to be sent at once with fresh attempts: admins only,
 * audited. Any other mail is refused: a sent one went out, a pending one is on its way.
 *
 * @example
 * const mail = await retryMail(db, actor, mailId, new Date());
 */
export async function retryMail(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  id: string,
  now: Date,
): Promise<OutboxMailView> {
  refuseUnless(actor, "mail:retry", organisationWide(actor.orgId));
  return db.transaction(async (tx) => {
    const requeued = await requeueFailedMail(tx, { orgId: actor.orgId, id, now });
    if (!requeued) {
      const mail = await getOutboxMail(tx, actor.orgId, id);
      if (!mail) throw notFoundRefusal("mail", id);
      throw new Refusal(
        "validation",
        `Only a failed mail can be sent again; this one is ${mail.status}.`,
        [
          {
            path: "id",
            message: `The mail is ${mail.status}, not failed.`,
            hint: "Retry a mail the Outbox lists as failed.",
          },
        ],
      );
    }
    await recordAuditEntry(tx, actor, {
      action: "mail:retry",
      targetType: "mail",
      targetId: id,
      detail: { kind: requeued.kind },
    });
    return outboxMailView(requeued);
  });
}
