import type { ReactNode } from "react";
import type { Session } from "../api/types.ts";
import { EmptyState } from "../components/empty-state.tsx";
import { QueryView } from "../components/query-view.tsx";
import { useMe } from "../hooks/use-me.ts";
import { Link } from "../router/link.tsx";

/**
 * Renders `children` with the signed-in user's person id, or explains how to get one: sign in,
 * or ask an admin to link the account to a person.
 */
export function SignedInPerson({
  children,
}: {
  children: (personId: string, session: Session) => ReactNode;
}) {
  return (
    <QueryView query={useMe()}>
      {(me) => {
        if (!me) {
          return (
            <EmptyState title="Sign in to see this page">
              <p>
                <Link to="/start">Sign in</Link> with your work account.
              </p>
            </EmptyState>
          );
        }
        if (me.user.personId === null) {
          return (
            <EmptyState title="Your account is not linked to a person yet">
              <p>Ask an admin of your organisation to link your account to your person record.</p>
            </EmptyState>
          );
        }
        return children(me.user.personId, me);
      }}
    </QueryView>
  );
}
