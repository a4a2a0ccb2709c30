import { useState } from "react";
import type { Framework } from "../api/types.ts";
import { QueryView } from "../components/query-view.tsx";
import { useFramework } from "../hooks/use-framework.ts";
import { usePlan, usePlans } from "../hooks/use-plans.ts";
import { PlanView } from "../plan/plan-view.tsx";
import { SignedInPerson } from "../plan/signed-in-person.tsx";
import { StartPlan } from "../plan/start-plan.tsx";
import { Link } from "../router/link.tsx";

function OpenPlan({
  framework,
  planId,
  personId,
}: {
  framework: Framework;
  planId: string;
  personId: string;
}) {
  return (
    <QueryView query={usePlan(planId)}>
      {(plan) => <PlanView framework={framework} plan={plan} viewerPersonId={personId} />}
    </QueryView>
  );
}

function MyPlans({ framework, personId }: { framework: Framework; personId: string }) {
  const plans = usePlans(personId);
  const [chosen, setChosen] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  return (
    <QueryView query={plans}>
      {({ items }) => {
        const current = items.find((plan) => plan.id === chosen) ?? items[0];
        if (starting || !current) {
          return (
            <StartPlan
              framework={framework}
              personId={personId}
              onCreated={(id) => {
                setChosen(id);
                setStarting(false);
              }}
            />
          );
        }
        return (
          <>
            <ul className="actions">
              <li>
                <button type="button" className="button" onClick={() => setStarting(true)}>
                  Start a new plan
                </button>
              </li>
              <li>
                <Link className="button button-quiet" to="/evidence">
                  Evidence log
                </Link>
              </li>
            </ul>
            <OpenPlan framework={framework} planId={current.id} personId={personId} />
          </>
        );
      }}
    </QueryView>
  );
}

/** The signed-in person's growth plan: draft one from a target role, then check in on it. */
export default function PlanPage() {
  const framework = useFramework();
  return (
    <>
      <h1>Growth plan</h1>
      <p className="lead">
        A few competencies to focus on, goals you can measure and regular check-ins. There is no
        fixed timeline: the plan moves at the pace your work allows.
      </p>
      <SignedInPerson>
        {(personId) => (
          <QueryView query={framework}>
            {({ framework: document }) => <MyPlans framework={document} personId={personId} />}
          </QueryView>
        )}
      </SignedInPerson>
    </>
  );
}
