import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ApiError } from "../api/api-error.ts";
import type { Framework } from "../api/types.ts";
import { QueryView } from "../components/query-view.tsx";
import { EvidenceList } from "../evidence/evidence-list.tsx";
import { useAssessmentHistory } from "../hooks/use-assessment-history.ts";
import { useEvidence } from "../hooks/use-evidence.ts";
import { useMe } from "../hooks/use-me.ts";
import { usePlan, usePlans } from "../hooks/use-plans.ts";
import { PlanView } from "../plan/plan-view.tsx";
import { StartPlan } from "../plan/start-plan.tsx";
import { AssessmentHistory } from "./assessment-history.tsx";

/** Renders a query the viewer may be refused (403): nothing then, as the policy decides. */
function IfAllowed<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  if (query.isError && query.error instanceof ApiError && query.error.status === 403) return null;
  return <QueryView query={query}>{children}</QueryView>;
}

function CurrentPlan(props: {
  framework: Framework;
  planId: string;
  personName: string;
  viewerPersonId: string | null;
}) {
  return (
    <QueryView query={usePlan(props.planId)}>
      {(plan) => (
        <PlanView
          framework={props.framework}
          plan={plan}
          personName={props.personName}
          viewerPersonId={props.viewerPersonId}
        />
      )}
    </QueryView>
  );
}

/**
 * What a manager works on with a report, below the report's profile: their growth plan (goals to
 * co-edit, check-ins to add, each change attributed; or one to start for them, from the engine's
 * draft towards their next role), the evidence they share with managers, and the history of
 * submitted assessments, each named as the viewer's own view or someone else's.
 * The API decides what the viewer may see; private evidence never reaches this page.
 *
 * @example
 * <ReportWorkspace framework={framework} personId={id} personName="Ava Stone" />
 */
export function ReportWorkspace({
  framework,
  personId,
  personName,
  nextRoleId = null,
}: {
  framework: Framework;
  personId: string;
  personName: string;
  /** The role the report is working towards, where a plan started for them aims first. */
  nextRoleId?: string | null;
}) {
  const viewerPersonId = useMe().data?.user.personId ?? null;
  return (
    <>
      <IfAllowed query={usePlans(personId)}>
        {({ items }) => (
          <section aria-labelledby="report-plan-heading">
            <h2 id="report-plan-heading">{personName}'s growth plan</h2>
            {items[0] ? (
              <CurrentPlan
                framework={framework}
                planId={items[0].id}
                personName={personName}
                viewerPersonId={viewerPersonId}
              />
            ) : (
              <>
                <p className="meta">{personName} has no growth plan yet.</p>
                <StartPlan
                  framework={framework}
                  personId={personId}
                  personName={personName}
                  initialTarget={nextRoleId ?? ""}
                  onCreated={() => undefined}
                />
              </>
            )}
          </section>
        )}
      </IfAllowed>
      <IfAllowed query={useEvidence(personId)}>
        {({ items }) => (
          <section aria-labelledby="report-evidence-heading">
            <h2 id="report-evidence-heading">Evidence {personName} shares with you</h2>
            <EvidenceList framework={framework} entries={items} personName={personName} />
          </section>
        )}
      </IfAllowed>
      <IfAllowed query={useAssessmentHistory(personId)}>
        {({ items }) => (
          <section aria-labelledby="report-assessments-heading">
            <h2 id="report-assessments-heading">Assessments of {personName}</h2>
            <AssessmentHistory
              items={items}
              personName={personName}
              viewerPersonId={viewerPersonId}
            />
          </section>
        )}
      </IfAllowed>
    </>
  );
}
