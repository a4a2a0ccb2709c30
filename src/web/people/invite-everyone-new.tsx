import { ErrorState } from "../components/error-state.tsx";
import { useInvitations } from "../hooks/use-invitations.ts";
import { InviteOutcomeView } from "./invite-outcome-view.tsx";

/**
 * Offered at the end of a people import: invites exactly the people that import created (those
 * without an email are listed as left out), not others who were waiting for an invitation.
 *
 * @example
 * <InviteEveryoneNew importId={job.id} />
 */
export function InviteEveryoneNew({ importId }: { importId: string }) {
  const { invite } = useInvitations();
  return (
    <div className="actions">
      {invite.data ? (
        <InviteOutcomeView outcome={invite.data} />
      ) : (
        <button
          type="button"
          className="button button-primary"
          disabled={invite.isPending}
          onClick={() => invite.mutate({ createdByImport: importId })}
        >
          {invite.isPending ? "Inviting…" : "Invite everyone new"}
        </button>
      )}
      {invite.error ? <ErrorState error={invite.error} /> : null}
    </div>
  );
}
