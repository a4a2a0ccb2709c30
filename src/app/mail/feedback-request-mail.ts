import type { Database } from "../../storage/database.ts";
import { getPerson } from "../../storage/queries/people.ts";
import { queuePersonMail } from "./queue-person-mail.ts";

/** A feedback request just made, and what its mail needs. */
export interface FeedbackRequestMailInput {
  orgId: string;
  requestId: string;
  /** The person the feedback is about. */
  personId: string;
  /** The colleague asked. */
  addresseePersonId: string;
  /** Who asked, when the asking account is a person. */
  askerPersonId: string | null;
  /** The competencies asked about, by name. */
  competencyNames: readonly string[];
  publicUrl: string;
}

/**
 * Queues the mail that tells a colleague someone asked for their feedback, with the link to
 * answer it; call it in the transaction that creates the request.
 *
 * @example
 * await queueFeedbackRequestMail(tx, { orgId, requestId, personId, addresseePersonId, askerPersonId, competencyNames, publicUrl });
 */
export async function queueFeedbackRequestMail(
  db: Database,
  input: FeedbackRequestMailInput,
): Promise<boolean> {
  const about = await getPerson(db, input.orgId, input.personId);
  const asker = input.askerPersonId ? await getPerson(db, input.orgId, input.askerPersonId) : null;
  const aboutName = about?.name ?? "a colleague";
  const askerName = asker?.name ?? "An admin";
  const ownWork = asker !== null && asker.id === about?.id;
  const subject = ownWork
    ? `${askerName} asked for your feedback`
    : `${askerName} asked for your feedback on ${aboutName}`;
  return queuePersonMail(db, {
    orgId: input.orgId,
    kind: "feedback-request",
    toPersonId: input.addresseePersonId,
    idempotencyKey: `feedback-request:${input.requestId}`,
    subject,
    content: () => ({
      paragraphs: [
        ownWork
          ? `${askerName} asked for your view of their work.`
          : `${askerName} asked for your view of ${aboutName}'s work.`,
        `It is about ${input.competencyNames.join(", ")}. You rate only these, and it takes a few minutes.`,
      ],
      action: { label: "Give your feedback", url: `${input.publicUrl}/feedback` },
    }),
  });
}
