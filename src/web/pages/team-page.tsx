import type { Framework, Person } from "../api/types.ts";
import { EmptyState } from "../components/empty-state.tsx";
import { QueryView } from "../components/query-view.tsx";
import { SettleTogether } from "../components/settle-together.tsx";
import { useTeamAnalytics } from "../hooks/use-analytics.ts";
import { useCycles } from "../hooks/use-cycles.ts";
import { useFramework } from "../hooks/use-framework.ts";
import { useDirectReports, usePeople, useTeamInsights } from "../hooks/use-team.ts";
import { SignedInPerson } from "../plan/signed-in-person.tsx";
import { BenchTable } from "../team/bench-table.tsx";
import { CompetencyHeatmap } from "../team/competency-heatmap.tsx";
import { FeedbackRequestForm } from "../team/feedback-request-form.tsx";
import { ManagerAssessmentForm } from "../team/manager-assessment-form.tsx";
import { ReportsTable } from "../team/reports-table.tsx";
import { TeamCycles } from "../team/team-cycles.tsx";
import { TeamSpan } from "../team/team-span.tsx";

function TeamViews({
  framework,
  managerId,
  people,
  reports,
}: {
  framework: Framework;
  managerId: string;
  people: Person[];
  reports: Person[];
}) {
  const insights = useTeamInsights(reports.map((person) => person.id));
  const analytics = useTeamAnalytics(managerId);
  const rows = reports.map((person, index) => ({
    person,
    profile: insights[index]?.profile ?? null,
    fits: insights[index]?.fits ?? null,
  }));
  const names = new Map(people.map((person) => [person.id, person.name]));
  const cycles = useCycles();
  const loadingInsights = insights.some((row) => !row.failed && (!row.profile || !row.fits));
  return (
    <SettleTogether queries={[cycles, analytics]} pending={loadingInsights}>
      <TeamCycles managerId={managerId} />
      <section className="card" aria-labelledby="reports">
        <h2 id="reports">Your reports</h2>
        <ReportsTable framework={framework} rows={rows} />
      </section>
      <section className="card drawn-when-near" aria-labelledby="heatmap">
        <h2 id="heatmap">Gaps against each person's role</h2>
        <CompetencyHeatmap framework={framework} rows={rows} />
      </section>
      <section className="card drawn-when-near" aria-labelledby="bench">
        <h2 id="bench">Bench per role</h2>
        <p className="meta">
          Who could step up or across into each role. Nobody counts for their own role, one below it
          on their track, or a role of narrower scope elsewhere.
        </p>
        <QueryView query={analytics}>
          {(team) => (
            <>
              <p>{team.alignment.reason}</p>
              <BenchTable framework={framework} bench={team.bench} names={names} />
            </>
          )}
        </QueryView>
      </section>
      <QueryView query={analytics}>
        {(team) => (
          <TeamSpan
            framework={framework}
            spans={team.spanOfControl}
            names={names}
            managerId={managerId}
          />
        )}
      </QueryView>
      <section className="card drawn-when-near" aria-labelledby="manager-assessment">
        <h2 id="manager-assessment">Assess a report</h2>
        <p>
          Rate what you see in their work. Where your view and theirs differ by a level or more, the
          reports table shows it: a good topic for your next one-to-one.
        </p>
        <ManagerAssessmentForm framework={framework} reports={reports} managerId={managerId} />
      </section>
      <section className="card drawn-when-near" aria-labelledby="peer-feedback">
        <h2 id="peer-feedback">Request peer feedback</h2>
        <FeedbackRequestForm framework={framework} reports={reports} />
      </section>
    </SettleTogether>
  );
}

function Team({ framework, managerId }: { framework: Framework; managerId: string }) {
  const people = usePeople();
  const reports = useDirectReports(managerId);
  return (
    <QueryView query={people}>
      {({ items }) => (
        <QueryView query={reports}>
          {(team) =>
            team.items.length > 0 ? (
              <TeamViews
                framework={framework}
                managerId={managerId}
                people={items}
                reports={team.items}
              />
            ) : (
              <EmptyState title="Nobody reports to you yet">
                <p>When people report to you, their team views appear here.</p>
              </EmptyState>
            )
          }
        </QueryView>
      )}
    </QueryView>
  );
}

/**
 * A manager's team: reports, readiness, alignment, gaps against each role, bench, span of control,
 * manager assessments and peer feedback requests.
 */
export default function TeamPage() {
  const framework = useFramework();
  return (
    <>
      <h1>My team</h1>
      <p className="lead">
        Where each of your reports stands, where self and manager views differ, and who could step
        into which role. Readiness is a conversation starter, not a verdict.
      </p>
      <SignedInPerson>
        {(personId) => (
          <QueryView query={framework}>
            {({ framework: document }) => <Team framework={document} managerId={personId} />}
          </QueryView>
        )}
      </SignedInPerson>
    </>
  );
}
