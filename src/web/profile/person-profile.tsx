import type { UseQueryResult } from "@tanstack/react-query";
import { ChangePassword } from "../components/change-password.tsx";
import { EmptyState } from "../components/empty-state.tsx";
import { ErrorState } from "../components/error-state.tsx";
import { ExportMyData } from "../components/export-my-data.tsx";
import { GuidanceNotes } from "../components/guidance-notes.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { SignOutEverywhere } from "../components/sign-out-everywhere.tsx";
import { useFramework } from "../hooks/use-framework.ts";
import { useProfile, useRoleFits, useStanding } from "../hooks/use-insights.ts";
import { usePerson } from "../hooks/use-person.ts";
import { Link } from "../router/link.tsx";
import { ApiTokensSection } from "./api-tokens-section.tsx";
import { ProfileView } from "./profile-view.tsx";
import { ReportWorkspace } from "./report-workspace.tsx";

/**
 * A person's profile as the viewer may see it (the API decides who may): the signed-in person's
 * own ("My profile", with their data export and signing out everywhere), or a report's under their name.
 *
 * @example
 * <PersonProfile personId={params.id} />
 * <PersonProfile personId={me.personId} own />
 */
export function PersonProfile({ personId, own = false }: { personId: string; own?: boolean }) {
  const queries = {
    framework: useFramework(),
    person: usePerson(personId),
    profile: useProfile(personId),
    fits: useRoleFits(personId),
    standing: useStanding(personId),
  };
  const all: UseQueryResult[] = Object.values(queries);
  const failed = all.find((query) => query.isError);
  const { framework, person, profile, fits, standing } = queries;
  const heading = own ? (
    <>
      <h1>My profile</h1>
      <ExportMyData />
      <SignOutEverywhere />
      <ChangePassword />
      <ApiTokensSection />
    </>
  ) : (
    <h1>{person.data ? `${person.data.name}'s profile` : "Profile"}</h1>
  );
  if (failed) {
    return (
      <>
        {heading}
        <ErrorState error={failed.error} onRetry={() => failed.refetch()} />
      </>
    );
  }
  if (!framework.data || !person.data || !profile.data || !fits.data || !standing.data) {
    return (
      <>
        {heading}
        <LoadingState />
      </>
    );
  }
  const rated = Object.values(profile.data.competencies).some((score) => score.level !== null);
  return (
    <>
      {heading}
      {rated ? (
        <ProfileView
          framework={framework.data.framework}
          profile={profile.data}
          fits={fits.data.fits}
          standing={standing.data}
          roleId={person.data.roleId}
          personName={own ? undefined : person.data.name}
        />
      ) : (
        <EmptyState title="Nothing to show yet">
          {own ? (
            <p>
              Your profile appears once an assessment is submitted.{" "}
              <Link to="/assess">Assess yourself</Link> to start.
            </p>
          ) : (
            <p>{person.data.name}'s profile appears once an assessment of them is submitted.</p>
          )}
        </EmptyState>
      )}
      {own ? (
        <GuidanceNotes framework={framework.data.framework} place="profile" />
      ) : (
        <ReportWorkspace
          framework={framework.data.framework}
          personId={personId}
          personName={person.data.name}
        />
      )}
    </>
  );
}
