import type { Database } from "../../storage/database.ts";
import { getPerson } from "../../storage/queries/people.ts";
import { queuePersonMail } from "./queue-person-mail.ts";

/**
 * Queues "your manager submitted an assessment of you" to the person assessed, with the link to
 * their profile; call it in the transaction that submits a manager's assessment.
 *
 * @example
 * await queueAssessmentSubmittedMail(tx, { orgId, assessmentId, personId, managerPersonId, publicUrl });
 */
export async function queueAssessmentSubmittedMail(
  db: Database,
  input: {
    orgId: string;
    assessmentId: string;
    /** The person assessed. */
    personId: string;
    /** The manager who wrote the assessment. */
    managerPersonId: string | null;
    publicUrl: string;
  },
): Promise<boolean> {
  const manager = input.managerPersonId
    ? await getPerson(db, input.orgId, input.managerPersonId)
    : null;
  const who = manager ? `Your manager, ${manager.name},` : "Your manager";
  return queuePersonMail(db, {
    orgId: input.orgId,
    kind: "assessment-submitted",
    toPersonId: input.personId,
    idempotencyKey: `assessment-submitted:${input.assessmentId}`,
    subject: "Your manager submitted an assessment of you",
    content: () => ({
      paragraphs: [
        `${who} submitted an assessment of your work.`,
        "Your profile now counts it, beside your own assessment and your colleagues' feedback. It is a view to talk over, not a verdict.",
      ],
      action: { label: "See your profile", url: `${input.publicUrl}/profile` },
    }),
  });
}
