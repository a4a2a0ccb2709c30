import type { Database } from "../../storage/database.ts";
import {
  createInvitation,
  renewInvitation,
  type StoredInvitation,
} from "../../storage/queries/invitations.ts";
import { queueMail } from "../../storage/queries/outbox.ts";
import { layoutMail } from "../mail/mail-layout.ts";
import { type Actor, localAdminUserId } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import type { AccountDeps } from "./account-secrets.ts";
import { invitationLifetimeMs } from "./invitation-lifetime.ts";

/** Who gets the invitation, and the invitation to renew if they have one open. */
export interface Invitee {
  personId: string;
  name: string;
  email: string;
  organisationName: string;
  openInvitation: StoredInvitation | null;
}

/** The address of an invitation link's page. */
export function invitationUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/invitation?token=${encodeURIComponent(token)}`;
}

/**
 * Issues a fresh link for an invitee within the caller's transaction: a new invitation, or the
 * open one renewed (its old link dead, its send count up); queues the mail holding the link and
 * audits the sending. The token exists only in the mail; the database keeps its digest.
 */
export async function mailInvitation(
  tx: Database,
  deps: Omit<AccountDeps, "db">,
  actor: Extract<Actor, { kind: "user" }>,
  invitee: Invitee,
): Promise<StoredInvitation> {
  const token = deps.secrets.newToken();
  const now = deps.now();
  const link = {
    tokenDigest: deps.secrets.digestToken(token),
    expiresAt: new Date(now.getTime() + invitationLifetimeMs),
  };
  const invitation = invitee.openInvitation
    ? await renewInvitation(tx, invitee.openInvitation.id, { ...link, sentAt: now })
    : await createInvitation(tx, {
        ...link,
        orgId: actor.orgId,
        personId: invitee.personId,
        email: invitee.email,
        // The CLI's local admin has no account row to point at.
        invitedByUserId: actor.userId === localAdminUserId ? null : actor.userId,
        lastSentAt: now,
      });
  if (!invitation) throw new Error(`The invitation of ${invitee.personId} closed meanwhile.`);
  const mail = layoutMail({
    organisationName: invitee.organisationName,
    greeting: `Hello ${invitee.name},`,
    paragraphs: [
      `${invitee.organisationName} uses Pathways to talk about careers: where you stand, where you could go next and how to grow there.`,
      "Open the link to create your account. It works once.",
    ],
    action: { label: "Create your account", url: invitationUrl(deps.publicUrl, token) },
    footer: `The link works until ${invitation.expiresAt.toUTCString()}. If it has expired, ask an admin of ${invitee.organisationName} to send a new one.`,
  });
  await queueMail(tx, {
    orgId: actor.orgId,
    idempotencyKey: `invitation:${invitation.id}:${invitation.sendCount}`,
    kind: "invitation",
    toPersonId: invitee.personId,
    toAddress: invitee.email,
    subject: `You are invited to Pathways at ${invitee.organisationName}`,
    ...mail,
  });
  await recordAuditEntry(tx, actor, {
    action: invitee.openInvitation ? "invitation:resend" : "invitation:send",
    targetType: "person",
    targetId: invitee.personId,
    detail: { invitationId: invitation.id, sendCount: invitation.sendCount },
  });
  return invitation;
}
