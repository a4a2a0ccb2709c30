import type { Database } from "../../storage/database.ts";
import { queuePersonMail } from "./queue-person-mail.ts";

/** A request just made that a person rate themselves on some competencies. */
export interface SelfRatingMailInput {
  orgId: string;
  requestId: string;
  /** The person asked, who rates themself. */
  personId: string;
  /** Who asked, by name ("An admin" for an account that is no person). */
  askerName: string;
  /** The competencies asked about, by name. */
  competencyNames: readonly string[];
  /** The framework they belong to, with its version, e.g. "Product management 2.0.0". */
  frameworkName: string;
  publicUrl: string;
}

/**
 * Queues the mail that asks a person to rate themselves on competencies, usually ones a new
 * version of the framework added, with the link to answer; call it in the transaction that
 * creates the request. It is a feedback-request mail: turning those off turns this off too.
 *
 * @example
 * await queueSelfRatingMail(tx, { orgId, requestId, personId, askerName, competencyNames, frameworkName, publicUrl });
 */
export async function queueSelfRatingMail(
  db: Database,
  input: SelfRatingMailInput,
): Promise<boolean> {
  const names = input.competencyNames.join(", ");
  return queuePersonMail(db, {
    orgId: input.orgId,
    kind: "feedback-request",
    toPersonId: input.personId,
    idempotencyKey: `feedback-request:${input.requestId}`,
    subject: `Rate yourself on ${names}`,
    content: () => ({
      paragraphs: [
        `${input.askerName} asked you to rate yourself on ${names}, in ${input.frameworkName}.`,
        "Until you do, your readiness counts only what has been assessed and says what is not assessed yet. Your other ratings stay as they are, and it takes a few minutes.",
      ],
      action: { label: "Rate yourself", url: `${input.publicUrl}/feedback` },
    }),
  });
}
