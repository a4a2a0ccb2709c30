import type { UseQueryResult } from "@tanstack/react-query";
import { useDeferredValue } from "react";
import { EmptyState } from "../components/empty-state.tsx";
import { ErrorState } from "../components/error-state.tsx";
import { GuidanceNotes } from "../components/guidance-notes.tsx";
import { LoadingState } from "../components/loading-state.tsx";
import { QueryView } from "../components/query-view.tsx";
import { useFramework } from "../hooks/use-framework.ts";
import { usePaths } from "../hooks/use-insights.ts";
import { useMe } from "../hooks/use-me.ts";
import { usePerson } from "../hooks/use-person.ts";
import { PathsView } from "../paths/paths-view.tsx";
import { PreferencesForm } from "../paths/preferences-form.tsx";
import { Link } from "../router/link.tsx";

function MyPaths({ personId }: { personId: string }) {
  const queries = {
    framework: useFramework(),
    person: usePerson(personId),
    paths: usePaths(personId),
  };
  const all: UseQueryResult[] = Object.values(queries);
  const failed = all.find((query) => query.isError);
  const { framework, person, paths } = queries;
  // Drawn in the background once all is there, in slices a phone interleaves with input.
  const shown = useDeferredValue(Boolean(framework.data && person.data && paths.data));
  if (failed) return <ErrorState error={failed.error} onRetry={() => failed.refetch()} />;
  if (!shown || !framework.data || !person.data || !paths.data) return <LoadingState />;
  return (
    <>
      <section aria-labelledby="routes-heading">
        <h2 id="routes-heading">Recommended routes</h2>
        {paths.data.paths.length === 0 ? (
          <EmptyState title="No routes yet">
            <p>
              Routes appear once your role is set and an assessment is submitted.{" "}
              <Link to="/assess">Assess yourself</Link>
            </p>
          </EmptyState>
        ) : (
          <PathsView framework={framework.data.framework} paths={paths.data.paths} />
        )}
      </section>
      <section aria-labelledby="preferences-heading" className="card">
        <h2 id="preferences-heading">What matters to you</h2>
        <PreferencesForm
          key={person.data.id}
          framework={framework.data.framework}
          personId={personId}
          preferences={person.data.preferences}
        />
      </section>
      <GuidanceNotes framework={framework.data.framework} place="paths" />
    </>
  );
}

/** Paths: recommended routes from my role, filterable by track, and my preferences. */
export default function PathsPage() {
  const me = useMe();
  return (
    <>
      <h1>Paths</h1>
      <p className="lead">
        Routes that could suit you, the best fit for you and what you want first, with what each
        step asks. They are options, not a plan you must follow, and none comes with a timeline.
      </p>
      <QueryView query={me}>
        {(session) =>
          session?.user.personId ? (
            <MyPaths personId={session.user.personId} />
          ) : (
            <EmptyState title="Sign in to see your paths">
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
