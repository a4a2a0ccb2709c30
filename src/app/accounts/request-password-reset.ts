import { getOrganisation } from "../../storage/queries/organisations.ts";
import { queueMail } from "../../storage/queries/outbox.ts";
import { createPasswordReset } from "../../storage/queries/password-resets.ts";
import { findUserByEmail } from "../../storage/queries/users.ts";
import { layoutMail } from "../mail/mail-layout.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import type { AccountDeps } from "./account-secrets.ts";
import { actorOfUser } from "./actor-of-user.ts";

/** How long a password reset link works: one hour. */
export const passwordResetLifetimeMs = 60 * 60 * 1000;

/** The address of a password reset link's page. */
export function passwordResetUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
}

/**
 * Mails a single-use reset link, working for an hour, to the account with this email if there is
 * an active one; does nothing otherwise. The caller answers the same either way, so the answer
 * tells nobody whether an account exists.
 *
 * @example
 * await requestPasswordReset(deps, "ava@example.com");
 */
export async function requestPasswordReset(deps: AccountDeps, email: string): Promise<void> {
  const user = await findUserByEmail(deps.db, email);
  if (!user || user.deactivatedAt) return;
  const organisation = await getOrganisation(deps.db, user.orgId);
  if (!organisation) return;
  const token = deps.secrets.newToken();
  const tokenDigest = deps.secrets.digestToken(token);
  const expiresAt = new Date(deps.now().getTime() + passwordResetLifetimeMs);
  await deps.db.transaction(async (tx) => {
    await createPasswordReset(tx, { tokenDigest, userId: user.id, expiresAt });
    await queueMail(tx, {
      orgId: user.orgId,
      idempotencyKey: `password-reset:${tokenDigest}`,
      kind: "password-reset",
      toPersonId: user.personId,
      toAddress: user.email,
      subject: `Reset your Pathways password at ${organisation.name}`,
      ...layoutMail({
        organisationName: organisation.name,
        greeting: "Hello,",
        paragraphs: [
          "Someone, hopefully you, asked to reset the password of your Pathways account.",
          "Open the link to choose a new one. It works once, for one hour; choosing a new password signs you out everywhere.",
        ],
        action: { label: "Choose a new password", url: passwordResetUrl(deps.publicUrl, token) },
        footer: "If you did not ask for this, ignore this mail: your password stays as it is.",
      }),
    });
    await recordAuditEntry(tx, actorOfUser(user), {
      action: "password:reset-request",
      targetType: "user",
      targetId: user.id,
    });
  });
}
