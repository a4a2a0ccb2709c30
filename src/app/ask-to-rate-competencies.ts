import { checkCompetencyIds } from "../framework/check-competency-ids.ts";
import type { Database } from "../storage/database.ts";
import { getPerson } from "../storage/queries/people.ts";
import { createSelfRatingRequests } from "../storage/queries/self-rating-requests.ts";
import type { FrameworkSource } from "./framework-source.ts";
import { queueSelfRatingMail } from "./mail/self-rating-mail.ts";
import { type Actor, localAdminUserId } from "./policy.ts";
import { recordAuditEntry } from "./record-audit-entry.ts";
import { notFoundRefusal, organisationWide, Refusal, refuseUnless } from "./refusal.ts";

/** What asking people to rate competencies needs. */
export interface AskToRateDeps {
  db: Database;
  frameworks: Pick<FrameworkSource, "current">;
  /** Where links in mails point. */
  publicUrl: string;
}

/** Whom to ask, about what. */
export interface AskToRateInput {
  /** Competency ids of the published framework, usually those a new version added. */
  competencies: readonly string[];
  /** Only the people under this manager (directly or not); everyone when absent. */
  managerId?: string | null;
  message?: string | null;
}

/** How many people were asked, and who was not and why, in a sentence. */
export interface AskToRateResult {
  asked: number;
  alreadyAsked: number;
  withoutAccount: number;
  sentence: string;
}

const people = (count: number) => (count === 1 ? "1 person" : `${count} people`);
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function sentenceOf(
  scope: string,
  names: string,
  result: Omit<AskToRateResult, "sentence">,
): string {
  const parts = [
    result.asked === 0
      ? `Nobody new was asked to rate ${names}.`
      : `Asked ${people(result.asked)} ${scope} to rate themselves on ${names}; the request is in their feedback list and, where they get mail, in their inbox.`,
  ];
  if (result.alreadyAsked > 0)
    parts.push(
      `${capitalised(people(result.alreadyAsked))} already had the same request open and were not asked again.`,
    );
  if (result.withoutAccount > 0)
    parts.push(
      `${capitalised(people(result.withoutAccount))} cannot sign in yet (no account, or it is deactivated) and were not asked.`,
    );
  return parts.join(" ");
}

/**
 * Asks everyone in the organisation, or everyone under one manager, to rate themselves on some
 * competencies of the published framework (admins only): after a version adds competencies, so
 * readiness can count them instead of saying they are not assessed yet. Each person gets a request
 * addressed to themself in their feedback list and a mail (unless they turned such mail off); the
 * requests, mails and audit entry are written in one transaction. Nobody is asked twice for the
 * same competencies while a request is open, and people who cannot sign in are left out.
 *
 * @example
 * const { sentence } = await askToRateCompetencies(deps, admin, { competencies: ["ai-product-fluency"] });
 */
export async function askToRateCompetencies(
  deps: AskToRateDeps,
  actor: Extract<Actor, { kind: "user" }>,
  input: AskToRateInput,
): Promise<AskToRateResult> {
  refuseUnless(actor, "framework:ask-to-rate", organisationWide(actor.orgId));
  const { framework, versionId } = await deps.frameworks.current(actor.orgId);
  const issues = checkCompetencyIds(framework, input.competencies, "competencies");
  if (issues.length > 0)
    throw new Refusal(
      "validation",
      "Some competencies are not in the published framework.",
      issues,
    );
  const managerId = input.managerId ?? null;
  const manager = managerId === null ? null : await getPerson(deps.db, actor.orgId, managerId);
  if (managerId !== null && manager === null) throw notFoundRefusal("person", managerId);
  const byId = new Map(framework.competencies.map((competency) => [competency.id, competency]));
  const competencyNames = [...new Set(input.competencies)].map((id) => byId.get(id)?.name ?? id);
  const asker = actor.personId ? await getPerson(deps.db, actor.orgId, actor.personId) : null;
  const result = await deps.db.transaction(async (tx) => {
    const made = await createSelfRatingRequests(tx, {
      orgId: actor.orgId,
      // The CLI's local admin has no account row to name.
      requesterUserId: actor.userId === localAdminUserId ? null : actor.userId,
      competencies: [...new Set(input.competencies)],
      message: input.message?.trim() || null,
      managerId,
    });
    for (const request of made.asked) {
      await queueSelfRatingMail(tx, {
        orgId: actor.orgId,
        requestId: request.id,
        personId: request.personId,
        askerName: asker?.name ?? "An admin",
        competencyNames,
        frameworkName: `${framework.name} ${framework.version}`,
        publicUrl: deps.publicUrl,
      });
    }
    await recordAuditEntry(tx, actor, {
      action: "framework:ask-to-rate",
      targetType: "framework-version",
      targetId: versionId ?? framework.version,
    });
    return made;
  });
  const counts = {
    asked: result.asked.length,
    alreadyAsked: result.alreadyAsked,
    withoutAccount: result.withoutAccount,
  };
  const scope = manager ? `under ${manager.name}` : "across the organisation";
  return { ...counts, sentence: sentenceOf(scope, competencyNames.join(", "), counts) };
}
