import {
  closeInvitation,
  getInvitation,
  type StoredInvitation,
} from "../../storage/queries/invitations.ts";
import type { Actor } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { notFoundRefusal, organisationWide, Refusal, refuseUnless } from "../refusal.ts";
import type { AccountDeps } from "./account-secrets.ts";

/**
 * Revokes an open invitation (admins): its link stops working at once; audited.
 *
 * @example
 * await revokeInvitationAs(deps, admin, invitationId);
 */
export async function revokeInvitationAs(
  deps: Pick<AccountDeps, "db" | "now">,
  actor: Extract<Actor, { kind: "user" }>,
  invitationId: string,
): Promise<StoredInvitation> {
  refuseUnless(actor, "invitation:revoke", organisationWide(actor.orgId));
  return deps.db.transaction(async (tx) => {
    const invitation = await getInvitation(tx, actor.orgId, invitationId);
    if (!invitation) throw notFoundRefusal("invitation", invitationId);
    const revoked = await closeInvitation(tx, invitation.id, "revoked", deps.now());
    if (!revoked) {
      throw new Refusal(
        "validation",
        "This invitation is already closed: it was accepted or revoked before.",
      );
    }
    await recordAuditEntry(tx, actor, {
      action: "invitation:revoke",
      targetType: "person",
      targetId: invitation.personId,
      detail: { invitationId: invitation.id },
    });
    return revoked;
  });
}
