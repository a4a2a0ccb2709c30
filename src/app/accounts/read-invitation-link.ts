import type { Database } from "../../storage/database.ts";
import {
  findInvitationByDigest,
  type InvitationWithNames,
} from "../../storage/queries/invitations.ts";
import { organisationUsesSso } from "../../storage/queries/organisation-uses-sso.ts";
import type { AccountSecrets } from "./account-secrets.ts";

/** How an invitation link stands when it is opened. */
export type InvitationLinkState = "open" | "expired" | "accepted" | "revoked" | "unknown";

/** What the invitation page shows: the state, and for a known link whose invitation it is. */
export interface InvitationLinkView {
  state: InvitationLinkState;
  /** What to do now, in words. */
  advice: string;
  organisationName: string | null;
  personName: string | null;
  email: string | null;
  expiresAt: Date | null;
  /** Whether the organisation signs in with single sign-on, offered instead of a password. */
  sso: boolean;
}

const advice: Record<InvitationLinkState, (orgName: string) => string> = {
  open: () => "Choose a password to create your account.",
  expired: (org) =>
    `This invitation has expired. Ask an admin of ${org} to send it again; the new mail has a fresh link.`,
  accepted: () =>
    "This invitation was already used to create an account. Sign in, or reset your password if you forgot it.",
  revoked: (org) =>
    `This invitation was withdrawn. If you should have an account, ask an admin of ${org}.`,
  unknown: () =>
    "This link does not work. It may be mistyped, or a newer invitation replaced it: use the link in the latest invitation mail, or ask an admin to send it again.",
};

/** The invitation a link's token names and how it stands at `now`. */
export async function findInvitationLink(
  db: Database,
  secrets: Pick<AccountSecrets, "digestToken">,
  token: string,
  now: Date,
): Promise<{ invitation: InvitationWithNames | null; state: InvitationLinkState }> {
  const invitation = await findInvitationByDigest(db, secrets.digestToken(token));
  if (!invitation) return { invitation: null, state: "unknown" };
  if (invitation.acceptedAt) return { invitation, state: "accepted" };
  if (invitation.revokedAt) return { invitation, state: "revoked" };
  if (invitation.expiresAt <= now) return { invitation, state: "expired" };
  return { invitation, state: "open" };
}

/**
 * What an invitation link shows to whoever opens it (no sign-in: the token is the key): the
 * organisation and person it is for while it is open, and what to do when it is not.
 *
 * @example
 * const view = await readInvitationLink(deps, token);
 */
export async function readInvitationLink(
  deps: { db: Database; now: () => Date; secrets: Pick<AccountSecrets, "digestToken"> },
  token: string,
): Promise<InvitationLinkView> {
  const { invitation, state } = await findInvitationLink(deps.db, deps.secrets, token, deps.now());
  const organisationName = invitation?.organisationName ?? null;
  const open = state === "open" && invitation !== null;
  const sso = open ? await organisationUsesSso(deps.db, invitation.orgId) : false;
  return {
    state,
    advice: advice[state](organisationName ?? "your organisation"),
    organisationName,
    personName: open ? invitation.personName : null,
    email: open ? invitation.email : null,
    expiresAt: open ? invitation.expiresAt : null,
    sso,
  };
}
