import type { Database } from "../../storage/database.ts";
import { getMailRecipient } from "../../storage/queries/mail-recipient.ts";
import { queueMail } from "../../storage/queries/outbox.ts";
import { layoutMail, type MailContent } from "./mail-layout.ts";
import { type OptionalMailKind, optionalMailKinds } from "./optional-mail-kinds.ts";

/** An optional mail to one person, named by its cause. */
export interface PersonMail {
  orgId: string;
  kind: OptionalMailKind;
  toPersonId: string;
  /** Names the cause, e.g. `feedback-request:<id>`: the same cause never mails twice. */
  idempotencyKey: string;
  subject: string;
  /** The mail's words, given the recipient's name. */
  content: (recipientName: string) => Omit<MailContent, "organisationName" | "greeting" | "footer">;
}

const footer =
  "You get this mail because it is turned on under Email on your profile in Pathways; you can turn it off there.";

/**
 * Queues an optional mail to a person, in the caller's transaction — unless they have no email
 * address or turned this kind of mail off. Answers whether a mail was queued.
 *
 * @example
 * await queuePersonMail(tx, { orgId, kind: "feedback-request", toPersonId, idempotencyKey, subject, content });
 */
export async function queuePersonMail(db: Database, mail: PersonMail): Promise<boolean> {
  if (!optionalMailKinds.includes(mail.kind)) return false;
  const recipient = await getMailRecipient(db, mail.orgId, mail.toPersonId);
  if (!recipient?.email || recipient.mailOptOuts.includes(mail.kind)) return false;
  const bodies = layoutMail({
    organisationName: recipient.organisationName,
    greeting: `Hello ${recipient.name},`,
    footer,
    ...mail.content(recipient.name),
  });
  return queueMail(db, {
    orgId: mail.orgId,
    idempotencyKey: mail.idempotencyKey,
    kind: mail.kind,
    toPersonId: recipient.personId,
    toAddress: recipient.email,
    subject: mail.subject,
    ...bodies,
  });
}
