import { closeInvitation } from "../../storage/queries/invitations.ts";
import { createUser, findUserByEmail, type StoredUser } from "../../storage/queries/users.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { Refusal } from "../refusal.ts";
import { refusePasswordUnlessAllowed } from "../sso/refuse-password-unless-allowed.ts";
import type { AccountDeps } from "./account-secrets.ts";
import { actorOfUser } from "./actor-of-user.ts";
import { checkNewPassword } from "./check-new-password.ts";
import { findInvitationLink, readInvitationLink } from "./read-invitation-link.ts";

/**
 * Accepts an invitation with the password the person chose: the link must be open, the password
 * must follow the policy; the account is created as a member linked to the person, the link is
 * used up, and the acceptance audited as the new user. The caller signs them in.
 *
 * @example
 * const user = await acceptInvitation(deps, { token, password });
 */
export async function acceptInvitation(
  deps: Omit<AccountDeps, "publicUrl">,
  input: { token: string; password: string },
): Promise<StoredUser> {
  const { invitation, state } = await findInvitationLink(
    deps.db,
    deps.secrets,
    input.token,
    deps.now(),
  );
  if (!invitation || state !== "open") {
    const view = await readInvitationLink(deps, input.token);
    throw new Refusal("validation", view.advice, [
      { path: "token", message: `The invitation is ${state}.`, hint: view.advice },
    ]);
  }
  // Where the organisation requires single sign-on, the invitation is accepted by signing in.
  const sso = { db: deps.db, environment: deps.sso?.environment ?? {} };
  await refusePasswordUnlessAllowed(sso, { id: "", orgId: invitation.orgId });
  const issues = checkNewPassword(input.password, {
    email: invitation.email,
    organisationName: invitation.organisationName,
  });
  if (issues.length > 0) throw new Refusal("validation", "Choose another password.", issues);
  const passwordHash = await deps.secrets.hashPassword(input.password);
  return deps.db.transaction(async (tx) => {
    if (await findUserByEmail(tx, invitation.email)) {
      throw new Refusal("validation", "An account already uses this email.", [
        {
          path: "token",
          message: `${invitation.email} already has an account.`,
          hint: "Sign in with it, or reset its password from the sign-in page.",
        },
      ]);
    }
    const closed = await closeInvitation(tx, invitation.id, "accepted", deps.now());
    if (!closed) {
      throw new Refusal("validation", "This invitation was used or withdrawn a moment ago.");
    }
    const user = await createUser(tx, {
      orgId: invitation.orgId,
      email: invitation.email,
      passwordHash,
      role: "member",
      personId: invitation.personId,
    });
    await recordAuditEntry(tx, actorOfUser(user), {
      action: "invitation:accept",
      targetType: "person",
      targetId: invitation.personId,
      detail: { invitationId: invitation.id },
    });
    return user;
  });
}
