import type { UseQueryResult } from "@tanstack/react-query";
import { EmptyState } from "../components/empty-state.tsx";
import { ErrorState } from "../components/error-state.tsx";
import { ExportMyData } from "../components/export-my-data.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { QueryView } from "../components/query-view.tsx";
import { useFramework } from "../hooks/use-framework.ts";
import { useProfile, useRoleFits, useStanding } from "../hooks/use-insights.ts";
import { useMe } from "../hooks/use-me.ts";
import { usePerson } from "../hooks/use-person.ts";
import { ProfileView } from "../profile/profile-view.tsx";
import { Link } from "../router/link.tsx";

function MyProfile({ personId }: { personId: string }) {
  const queries = {
    framework: useFramework(),
    person: usePerson(personId),
    profile: useProfile(personId),
    fits: useRoleFits(personId),
    standing: useStanding(personId),
  };
  const all: UseQueryResult[] = Object.values(queries);
  const failed = all.find((query) => query.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => failed.refetch()} />;
  const { framework, person, profile, fits, standing } = queries;
  if (!framework.data || !person.data || !profile.data || !fits.data || !standing.data) {
    return <LoadingState />;
  }
  const rated = Object.values(profile.data.competencies).some((score) => score.level !== null);
  if (!rated) {
    return (
      <EmptyState title="Nothing to show yet">
        <p>
          Your profile appears once an assessment is submitted.{" "}
          <Link to="/assess">Assess yourself</Link> to start.
        </p>
      </EmptyState>
    );
  }
  return (
    <ProfileView
      framework={framework.data.framework}
      profile={profile.data}
      fits={fits.data.fits}
      standing={standing.data}
      roleId={person.data.roleId}
    />
  );
}

/** My profile: radar chart, fit for every role, where I stand, and how certain it all is. */
export default function ProfilePage() {
  const me = useMe();
  return (
    <>
      <h1>My profile</h1>
      <ExportMyData />
      <QueryView query={me}>
        {(session) =>
          session?.user.personId ? (
            <MyProfile personId={session.user.personId} />
          ) : (
            <EmptyState title="Sign in to see your profile">
              <p>
                <Link to="/start">Sign in</Link>
              </p>
            </EmptyState>
          )
        }
      </QueryView>
    </>
  );
}
