import { checkCompetencyIds } from "../framework/check-competency-ids.ts";
import type { Database } from "../storage/database.ts";
import {
  createFeedbackRequest,
  type FeedbackRequest,
} from "../storage/queries/feedback-requests.ts";
import { getPerson } from "../storage/queries/people.ts";
import type { FrameworkSource } from "./framework-source.ts";
import { queueFeedbackRequestMail } from "./mail/feedback-request-mail.ts";
import { loadPersonFacts } from "./person-facts.ts";
import { type Actor, localAdminUserId } from "./policy.ts";
import { recordAuditEntry } from "./record-audit-entry.ts";
import { Refusal, refuseUnless } from "./refusal.ts";

/** What asking for feedback needs. */
export interface AskForFeedbackDeps {
  db: Database;
  frameworks: Pick<FrameworkSource, "current">;
  /** Where links in mails point. */
  publicUrl: string;
}

/** Whom to ask about which competencies of a person, and in which cycle if any. */
export interface AskForFeedbackInput {
  addresseePersonId: string;
  competencies: readonly string[];
  message?: string | null | undefined;
  /** The check-in cycle the colleague is asked for, when there is one. */
  cycleId?: string | null;
}

/**
 * Asks a colleague to rate chosen competencies of a person (the person or their managers): the
 * request, the mail to the colleague and the audit entry are written together or not at all.
 * Competencies outside the framework, an unknown colleague or the person themself are refused
 * with the field to fix.
 *
 * @example
 * const request = await askForFeedback(deps, ava, ava.personId, {
 *   addresseePersonId: dev.id, competencies: ["execution"],
 * });
 */
export async function askForFeedback(
  deps: AskForFeedbackDeps,
  actor: Extract<Actor, { kind: "user" }>,
  personId: string,
  input: AskForFeedbackInput,
): Promise<FeedbackRequest> {
  const { facts } = await loadPersonFacts(deps.db, actor, personId);
  refuseUnless(actor, "feedback:ask", facts);
  const { framework } = await deps.frameworks.current(actor.orgId);
  const issues = checkCompetencyIds(framework, input.competencies, "competencies");
  if (issues.length > 0) {
    throw new Refusal("validation", "Some competencies are not in the framework.", issues);
  }
  const addressee = await getPerson(deps.db, actor.orgId, input.addresseePersonId);
  if (!addressee || addressee.id === personId) {
    throw new Refusal("validation", "Ask someone else in the organisation.", [
      {
        path: "addresseePersonId",
        message: addressee ? "This is the person themself." : "No such person.",
        hint: "Use the id of a colleague in this organisation.",
      },
    ]);
  }
  const names = new Map(
    framework.competencies.map((competency) => [competency.id, competency.name]),
  );
  // The mail to the colleague is queued with the request: both are there, or neither.
  return deps.db.transaction(async (tx) => {
    const created = await createFeedbackRequest(tx, {
      orgId: actor.orgId,
      personId,
      requesterUserId: actor.userId === localAdminUserId ? null : actor.userId,
      addresseePersonId: addressee.id,
      competencies: [...input.competencies],
      ...(input.message ? { message: input.message } : {}),
      ...(input.cycleId ? { cycleId: input.cycleId } : {}),
    });
    await queueFeedbackRequestMail(tx, {
      orgId: actor.orgId,
      requestId: created.id,
      personId,
      addresseePersonId: addressee.id,
      askerPersonId: actor.personId,
      competencyNames: input.competencies.map((competency) => names.get(competency) ?? competency),
      publicUrl: deps.publicUrl,
    });
    await recordAuditEntry(tx, actor, {
      action: "feedback:ask",
      targetType: "feedback-request",
      targetId: created.id,
    });
    return created;
  });
}
