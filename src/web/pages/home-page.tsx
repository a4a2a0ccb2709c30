import { useDeferredValue, useEffect } from "react";
import type { Home } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { AskFeedbackForm } from "../feedback/ask-feedback-form.tsx";
import { HomeSkeleton } from "../home/home-skeleton.tsx";
import { PlanCard } from "../home/plan-card.tsx";
import { StandingCard } from "../home/standing-card.tsx";
import { SummaryCard } from "../home/summary-card.tsx";
import { TaskList } from "../home/task-list.tsx";
import { useFramework } from "../hooks/use-framework.ts";
import { useHome } from "../hooks/use-home.ts";
import { useMe } from "../hooks/use-me.ts";
import { navigate } from "../router/navigation.ts";
import "../home/home.css";

function AskFeedback({ personId, suggested }: { personId: string; suggested: string[] }) {
  const framework = useFramework();
  return (
    <section className="card" aria-labelledby="home-ask-heading">
      <h2 id="home-ask-heading">Ask a colleague for feedback</h2>
      <p>
        A colleague's view on a few competencies makes your picture more certain. The ones to grow
        first are ticked; change them as you like.
      </p>
      {framework.data ? (
        <AskFeedbackForm
          framework={framework.data.framework}
          personId={personId}
          suggested={suggested}
        />
      ) : null}
    </section>
  );
}

function HomeView({ home }: { home: Home }) {
  const first = home.person?.name.split(" ")[0];
  return (
    <>
      <h1>{first ? `Welcome, ${first}` : "Home"}</h1>
      {home.standing ? (
        <StandingCard standing={home.standing} />
      ) : (
        <p className="lead">
          This account administers the organisation and has no profile of its own.
        </p>
      )}
      <TaskList tasks={home.tasks} today={home.today} />
      {home.team ? (
        <SummaryCard
          id="home-team-heading"
          title="Your team"
          summary={home.team}
          to="/team"
          linkLabel="Open your team"
        />
      ) : null}
      {home.organisation ? (
        <SummaryCard
          id="home-organisation-heading"
          title="The organisation"
          summary={home.organisation}
          to="/organisation"
          linkLabel="Open the organisation view"
        />
      ) : null}
      {home.person ? (
        <div className="drawn-when-near">
          <PlanCard plan={home.plan} today={home.today} />
          <AskFeedback
            personId={home.person.id}
            suggested={(home.standing?.gaps ?? []).map((gap) => gap.competency)}
          />
        </div>
      ) : null}
    </>
  );
}

/**
 * Home, for signed-in people: where they stand (verdict first), what to do next, their plan.
 * Visitors go on to the public career map, so old links to `/` keep working.
 */
export default function HomePage() {
  const me = useMe();
  const visitor = me.isSuccess && me.data === null;
  const home = useHome(me.isSuccess && me.data !== null);
  // Drawn in the background once there, in slices a phone interleaves with input.
  const data = useDeferredValue(home.data);
  useEffect(() => {
    if (visitor) navigate("/map", { replace: true });
  }, [visitor]);
  if (me.isError) return <ErrorState error={me.error} onRetry={() => me.refetch()} />;
  if (home.isError) return <ErrorState error={home.error} onRetry={() => home.refetch()} />;
  if (!data) {
    return (
      <>
        <h1>Home</h1>
        <HomeSkeleton />
      </>
    );
  }
  return <HomeView home={data} />;
}
