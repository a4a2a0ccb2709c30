import { ErrorState } from "../components/error-state.tsx";
import { useInvitations } from "../hooks/use-invitations.ts";
import { InviteOutcomeView } from "./invite-outcome-view.tsx";

/**
 * Offered at the end of a people import: invites everyone who has an email but no account and no
 * invitation yet, which after an import is everyone it added.
 *
 * @example
 * <InviteEveryoneNew />
 */
export function InviteEveryoneNew() {
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
          onClick={() => invite.mutate({ everyoneUninvited: true })}
        >
          {invite.isPending ? "Inviting…" : "Invite everyone new"}
        </button>
      )}
      {invite.error ? <ErrorState error={invite.error} /> : null}
    </div>
  );
}
