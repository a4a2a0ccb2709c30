import type { Home } from "../api/types.ts";
import { Link } from "../router/link.tsx";
import { homeDate } from "./home-date.ts";

/** The active plan's progress and next check-in, or a way to start one. */
export function PlanCard({ plan, today }: { plan: Home["plan"]; today: string }) {
  return (
    <section className="card home-plan" aria-labelledby="home-plan-heading">
      <h2 id="home-plan-heading">Your growth plan</h2>
      {plan ? (
        <>
          <p>{plan.sentence}</p>
          {plan.goalsTotal > 0 ? (
            <div className="home-progress">
              <label htmlFor="home-goals">Goals done</label>
              <progress id="home-goals" max={plan.goalsTotal} value={plan.goalsDone}>
                {plan.goalsDone} of {plan.goalsTotal}
              </progress>
            </div>
          ) : null}
          <p>
            {plan.nextCheckIn <= today
              ? `A check-in came up on ${homeDate(plan.nextCheckIn)}.`
              : `Next check-in: ${homeDate(plan.nextCheckIn)}.`}{" "}
            <Link to="/plan">Open your plan</Link>
          </p>
        </>
      ) : (
        <p>
          No plan yet. <Link to="/plan">Draft one from your gaps</Link>: up to three focus
          competencies, a few actions and regular check-ins.
        </p>
      )}
    </section>
  );
}
