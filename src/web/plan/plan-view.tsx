import type { Framework } from "../api/types.ts";
import { frameworkLabels } from "../lib/framework-labels.ts";
import { Link } from "../router/link.tsx";
import { CheckInForm } from "./check-in-form.tsx";
import { CheckInTimeline } from "./check-in-timeline.tsx";
import "./plan.css";
import type { GrowthPlan } from "../api/types.ts";
import "../components/tag-list.css";

const goalWords = { open: "open", done: "done", dropped: "set aside" } as const;

/** One growth plan: target, focus competencies, goals, actions and the check-in timeline. */
export function PlanView({ framework, plan }: { framework: Framework; plan: GrowthPlan }) {
  const labels = frameworkLabels(framework);
  return (
    <div className="plan">
      <section className="card">
        <h2>
          {plan.targetRoleId ? `Towards ${labels.role(plan.targetRoleId)}` : "Growing in my role"}
        </h2>
        <p className="meta">
          Status: {plan.status}. Check-ins every {plan.checkInEveryDays} days — a rhythm, not a
          deadline.
        </p>
        {plan.targetRoleId ? (
          <p>
            <Link to={`/roles/${encodeURIComponent(plan.targetRoleId)}`}>
              What {labels.role(plan.targetRoleId)} asks for
            </Link>
          </p>
        ) : null}
        <h3>Focus competencies</h3>
        {plan.focusCompetencies.length === 0 ? (
          <p className="meta">None chosen yet: pick a few with your manager.</p>
        ) : null}
        <ul className="tag-list">
          {plan.focusCompetencies.map((id) => (
            <li key={id} className="tag">
              {labels.competency(id)}
            </li>
          ))}
        </ul>
      </section>
      <div className="grid">
        <section className="card">
          <h2>Goals</h2>
          {(plan.goals ?? []).length === 0 ? <p className="meta">No goals yet.</p> : null}
          <ul>
            {(plan.goals ?? []).map((goal) => (
              <li key={goal.id}>
                {goal.title} <span className="tag">{goalWords[goal.status]}</span>
                {goal.measure ? <p className="meta">Measure: {goal.measure}</p> : null}
              </li>
            ))}
          </ul>
        </section>
        <section className="card">
          <h2>Actions</h2>
          {plan.actions.length === 0 ? <p className="meta">No actions yet.</p> : null}
          <ul>
            {plan.actions.map((action) => (
              <li key={`${action.competency}-${action.text}`}>
                {action.done ? "Done: " : ""}
                {action.text} <span className="tag">{labels.competency(action.competency)}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section className="card" aria-labelledby="check-ins">
        <h2 id="check-ins">Check-ins</h2>
        <CheckInTimeline checkIns={plan.checkIns ?? []} />
        <CheckInForm personId={plan.personId} planId={plan.id} />
      </section>
    </div>
  );
}
