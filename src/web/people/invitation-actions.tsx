import type { DirectoryPerson } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { useInvitations } from "../hooks/use-invitations.ts";
import { AccountStatusLabel } from "./account-status-label.tsx";
import { InviteOutcomeView } from "./invite-outcome-view.tsx";

/** A person's invitation on the People page: invite them, or send the link again or revoke it. */
export function InvitationActions({ person }: { person: DirectoryPerson }) {
  const { invite, resend, revoke } = useInvitations();
  const error = invite.error ?? resend.error ?? revoke.error;
  const busy = invite.isPending || resend.isPending || revoke.isPending;
  const invitation = person.invitation;
  return (
    <section className="card" aria-labelledby="invitation-heading">
      <h2 id="invitation-heading">Invitation</h2>
      <p>
        <AccountStatusLabel entry={person} />
        {invitation
          ? ` · sent ${invitation.sendCount} ${invitation.sendCount === 1 ? "time" : "times"}`
          : null}
      </p>
      {person.accountStatus === "none" ? (
        <button
          type="button"
          className="button button-primary"
          disabled={busy || !person.email}
          onClick={() => invite.mutate({ personIds: [person.personId] })}
        >
          Invite {person.name}
        </button>
      ) : null}
      {person.accountStatus === "none" && !person.email ? (
        <p className="meta">Add an email first: the invitation goes by mail.</p>
      ) : null}
      {invitation ? (
        <p className="actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => resend.mutate(invitation.id)}
          >
            Send a new link
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => revoke.mutate(invitation.id)}
          >
            Revoke the invitation
          </button>
        </p>
      ) : null}
      {invite.data ? <InviteOutcomeView outcome={invite.data} /> : null}
      {resend.isSuccess ? (
        <p className="notice" role="status">
          A new link is on its way; the old one no longer works.
        </p>
      ) : null}
      {revoke.isSuccess ? (
        <p className="notice" role="status">
          The invitation is revoked; its link no longer works.
        </p>
      ) : null}
      {error ? <ErrorState error={error} /> : null}
    </section>
  );
}
