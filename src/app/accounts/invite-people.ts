import type { Database } from "../../storage/database.ts";
import { getImportJob } from "../../storage/queries/import-jobs.ts";
import {
  type InvitationCandidate,
  listInvitationCandidates,
} from "../../storage/queries/invitations.ts";
import { getOrganisation } from "../../storage/queries/organisations.ts";
import type { Actor } from "../policy.ts";
import { notFoundRefusal, organisationWide, Refusal, refuseUnless } from "../refusal.ts";
import type { AccountDeps } from "./account-secrets.ts";
import { mailInvitation } from "./mail-invitation.ts";

/**
 * Whom to invite: the people chosen, everyone with an email and no account nor invitation, or
 * the people one import created.
 */
export type InviteWhom =
  | { personIds: string[] }
  | { everyoneUninvited: true }
  | { createdByImport: string };

/** What inviting did: who got a link, and who was left out and why. */
export interface InviteOutcome {
  invited: { personId: string; name: string; email: string; expiresAt: Date }[];
  skipped: { personId: string; name: string; reason: string }[];
}

function whyNot(candidate: InvitationCandidate, now: Date): string | null {
  if (candidate.hasAccount) return "already has an account.";
  if (!candidate.email) return "has no email yet; add one on their page, then invite them.";
  const open = candidate.openInvitation;
  if (open && open.expiresAt > now) {
    return "is already invited and the link still works; resend it to send a new one.";
  }
  return null;
}

/** The people a finished import of the organisation created, still in it or not. */
async function createdByImport(db: Database, orgId: string, importId: string): Promise<string[]> {
  const job = await getImportJob(db, orgId, importId);
  if (!job) throw notFoundRefusal("people import", importId);
  if (job.status !== "done" || !job.result) {
    throw new Refusal(
      "validation",
      job.status === "failed"
        ? "This import wrote nothing, so it added nobody to invite; import the file again."
        : "This import has not finished yet; invite the people it adds once it is done.",
    );
  }
  return job.result.createdPersonIds ?? [];
}

/**
 * Invites people to create their accounts (admins): each gets a single-use link by mail that
 * works for 7 days. People who already have an account, have no email or hold a working link
 * are left out with the reason; an expired link is replaced. All or nothing, in one transaction.
 *
 * @example
 * const { invited, skipped } = await invitePeopleAs(deps, admin, { everyoneUninvited: true });
 */
export async function invitePeopleAs(
  deps: AccountDeps,
  actor: Extract<Actor, { kind: "user" }>,
  whom: InviteWhom,
): Promise<InviteOutcome> {
  refuseUnless(actor, "invitation:send", organisationWide(actor.orgId));
  const organisation = await getOrganisation(deps.db, actor.orgId);
  if (!organisation) throw notFoundRefusal("organisation", actor.orgId);
  return deps.db.transaction(async (tx) => {
    const wanted =
      "personIds" in whom
        ? [...new Set(whom.personIds)]
        : "createdByImport" in whom
          ? await createdByImport(tx, actor.orgId, whom.createdByImport)
          : "uninvited";
    const candidates = await listInvitationCandidates(tx, actor.orgId, wanted);
    // Chosen people must exist; people an import created may have been removed since.
    if ("personIds" in whom && wanted !== "uninvited") {
      const found = new Set(candidates.map((candidate) => candidate.personId));
      const missing = wanted.find((id) => !found.has(id));
      if (missing) throw notFoundRefusal("person", missing);
    }
    const outcome: InviteOutcome = { invited: [], skipped: [] };
    for (const candidate of candidates) {
      const reason = whyNot(candidate, deps.now());
      if (reason || !candidate.email) {
        outcome.skipped.push({
          personId: candidate.personId,
          name: candidate.name,
          reason: reason ?? "",
        });
        continue;
      }
      const invitation = await mailInvitation(tx, deps, actor, {
        ...candidate,
        email: candidate.email,
        organisationName: organisation.name,
      });
      outcome.invited.push({
        personId: candidate.personId,
        name: candidate.name,
        email: candidate.email,
        expiresAt: invitation.expiresAt,
      });
    }
    return outcome;
  });
}
