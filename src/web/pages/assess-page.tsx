import { AssessmentWizard } from "../assess/assessment-wizard.tsx";
import { EmptyState } from "../components/empty-state.tsx";
import { QueryView } from "../components/query-view.tsx";
import { useFramework } from "../hooks/use-framework.ts";
import { useMe } from "../hooks/use-me.ts";
import { useSelfDraft } from "../hooks/use-self-assessment.ts";
import { Link } from "../router/link.tsx";

function Wizard({ personId }: { personId: string }) {
  const framework = useFramework();
  const draft = useSelfDraft(personId);
  return (
    <QueryView query={framework}>
      {({ framework: current }) => (
        <QueryView query={draft}>
          {(open) => (
            <AssessmentWizard key={open.id} framework={current} draft={open} personId={personId} />
          )}
        </QueryView>
      )}
    </QueryView>
  );
}

/** The self-assessment: one competency at a time, autosaved, submitted at the end. */
export default function AssessPage() {
  const me = useMe();
  return (
    <>
      <h1>Self-assessment</h1>
      <p className="lead">
        For each competency, pick the description that matches your work today. There is no right
        answer and no pass mark: an honest picture makes the advice that follows useful.
      </p>
      <QueryView query={me}>
        {(session) =>
          session?.user.personId ? (
            <Wizard personId={session.user.personId} />
          ) : (
            <EmptyState title="Sign in to assess yourself">
              <p>
                Your answers are saved to your profile, so you need an account.{" "}
                <Link to="/start">Sign in</Link>
              </p>
            </EmptyState>
          )
        }
      </QueryView>
    </>
  );
}
