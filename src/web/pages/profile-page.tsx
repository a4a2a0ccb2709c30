import { EmptyState } from "../components/empty-state.tsx";
import { QueryView } from "../components/query-view.tsx";
import { useMe } from "../hooks/use-me.ts";
import { EmailChoices } from "../profile/email-choices.tsx";
import { PersonProfile } from "../profile/person-profile.tsx";
import { Link } from "../router/link.tsx";

/** My profile: radar chart, fit for every role, where I stand, how certain it all is, and my mails. */
export default function ProfilePage() {
  const me = useMe();
  return (
    <QueryView query={me}>
      {(session) =>
        session?.user.personId ? (
          <PersonProfile personId={session.user.personId} own>
            <EmailChoices />
          </PersonProfile>
        ) : (
          <>
            <h1>My profile</h1>
            <EmptyState title="Sign in to see your profile">
              <p>
                <Link to="/start">Sign in</Link>
              </p>
            </EmptyState>
          </>
        )
      }
    </QueryView>
  );
}
