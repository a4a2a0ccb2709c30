import type { UseQueryResult } from "@tanstack/react-query";
import { type ReactNode, useDeferredValue } from "react";
import { ChangePassword } from "../components/change-password.tsx";
import { EmptyState } from "../components/empty-state.tsx";
import { ErrorState } from "../components/error-state.tsx";
import { ExportMyData } from "../components/export-my-data.tsx";
import { GuidanceNotes } from "../components/guidance-notes.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { SignOutEverywhere } from "../components/sign-out-everywhere.tsx";
import { AskFeedbackForm } from "../feedback/ask-feedback-form.tsx";
import { useFramework } from "../hooks/use-framework.ts";
import { useProfile, useRoleFits, useStanding } from "../hooks/use-insights.ts";
import { usePerson } from "../hooks/use-person.ts";
import { OpenCasePanel } from "../promotion-cases/open-case-panel.tsx";
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
export function PersonProfile({
  personId,
  own = false,
  children,
}: {
  personId: string;
  own?: boolean;
  /** More of the page, shown after the account's settings once the profile is there. */
  children?: ReactNode;
}) {
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
  const loaded = Boolean(
    framework.data && person.data && profile.data && fits.data && standing.data,
  );
  // Drawn in the background once all is there, in slices a phone interleaves with input.
  const shown = useDeferredValue(loaded);
  const heading = (
    <h1>{own ? "My profile" : person.data ? `${person.data.name}'s profile` : "Profile"}</h1>
  );
  // Your account's settings come after the picture of you, never before it.
  const account = own ? (
    <>
      <ExportMyData />
      <SignOutEverywhere />
      <ChangePassword />
      <ApiTokensSection />
      {children}
    </>
  ) : (
    children
  );
  if (failed) {
    return (
      <>
        {heading}
        <ErrorState error={failed.error} onRetry={() => failed.refetch()} />
        {account}
      </>
    );
  }
  if (!shown || !framework.data || !person.data || !profile.data || !fits.data || !standing.data) {
    return (
      <>
        {heading}
        {/* The settings wait for the profile, so its arrival never pushes them down. */}
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
      <div className="drawn-when-near">
        {own ? (
          <section className="card" aria-labelledby="ask-feedback-heading">
            <h2 id="ask-feedback-heading">Ask a colleague for feedback</h2>
            <p>
              Choose a colleague and the competencies you would like their view on; their answer
              joins your profile as a peer's view.
            </p>
            <AskFeedbackForm framework={framework.data.framework} personId={personId} />
          </section>
        ) : null}
        {own ? (
          <GuidanceNotes framework={framework.data.framework} place="profile" />
        ) : (
          <>
            <ReportWorkspace
              framework={framework.data.framework}
              personId={personId}
              personName={person.data.name}
              nextRoleId={profile.data.nextRole?.roleId ?? null}
            />
            <OpenCasePanel personId={personId} roleId={person.data.roleId} />
          </>
        )}
        {account}
      </div>
    </>
  );
}
