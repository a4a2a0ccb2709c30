import { getInvitation, type StoredInvitation } from "../../storage/queries/invitations.ts";
import { getOrganisation } from "../../storage/queries/organisations.ts";
import { getPerson } from "../../storage/queries/people.ts";
import type { Actor } from "../policy.ts";
import { notFoundRefusal, organisationWide, Refusal, refuseUnless } from "../refusal.ts";
import type { AccountDeps } from "./account-secrets.ts";
import { mailInvitation } from "./mail-invitation.ts";

/**
 * Sends an open invitation again (admins): a new link by mail, the old link dead, the send
 * count up and the 7 days starting again. An accepted or revoked invitation cannot be resent.
 *
 * @example
 * const invitation = await resendInvitationAs(deps, admin, invitationId);
 */
export async function resendInvitationAs(
  deps: AccountDeps,
  actor: Extract<Actor, { kind: "user" }>,
  invitationId: string,
): Promise<StoredInvitation> {
  refuseUnless(actor, "invitation:send", organisationWide(actor.orgId));
  return deps.db.transaction(async (tx) => {
    const invitation = await getInvitation(tx, actor.orgId, invitationId);
    if (!invitation) throw notFoundRefusal("invitation", invitationId);
    if (invitation.acceptedAt || invitation.revokedAt) {
      throw new Refusal(
        "validation",
        invitation.acceptedAt
          ? "This invitation was accepted: the person has an account and signs in."
          : "This invitation was revoked; invite the person again to send a new link.",
      );
    }
    const [person, organisation] = await Promise.all([
      getPerson(tx, actor.orgId, invitation.personId),
      getOrganisation(tx, actor.orgId),
    ]);
    if (!person || !organisation) throw notFoundRefusal("invitation", invitationId);
    return mailInvitation(tx, deps, actor, {
      personId: person.id,
      name: person.name,
      email: person.email ?? invitation.email,
      organisationName: organisation.name,
      openInvitation: invitation,
    });
  });
}
