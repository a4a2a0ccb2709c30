import type { Framework } from "../api/types.ts";
import { useGoalActions } from "../hooks/use-goal-actions.ts";
import { frameworkLabels } from "../lib/framework-labels.ts";
import { Link } from "../router/link.tsx";
import { CheckInForm } from "./check-in-form.tsx";
import { CheckInTimeline } from "./check-in-timeline.tsx";
import { GoalForm } from "./goal-form.tsx";
import { GoalItem } from "./goal-item.tsx";
import { LastChangeLine } from "./last-change-line.tsx";
import "./plan.css";
import type { GrowthPlan } from "../api/types.ts";
import "../components/tag-list.css";

/**
 * One growth plan: target, focus competencies, goals to add, edit and tick, actions and the
 * check-in timeline. With `personName`, it speaks about that person (a manager's view).
 */
export function PlanView({
  framework,
  plan,
  viewerPersonId,
  personName,
}: {
  framework: Framework;
  plan: GrowthPlan;
  viewerPersonId: string | null;
  personName?: string;
}) {
  const labels = frameworkLabels(framework);
  const { addGoal } = useGoalActions(plan.id);
  return (
    <div className="plan">
      <section className="card">
        <h2>
          {plan.targetRoleId
            ? `Towards ${labels.role(plan.targetRoleId)}`
            : personName
              ? `${personName} growing in their role`
              : "Growing in my role"}
        </h2>
        <p className="meta">
          Status: {plan.status}. Check-ins every {plan.checkInEveryDays} days — a rhythm, not a
          deadline.
        </p>
        <LastChangeLine
          lastChange={plan.started}
          viewerPersonId={viewerPersonId}
          what="this plan"
          verb="started"
        />
        <LastChangeLine
          lastChange={plan.lastChange}
          viewerPersonId={viewerPersonId}
          what="this plan"
        />
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
          <ul className="goal-list">
            {(plan.goals ?? []).map((goal) => (
              <GoalItem
                key={goal.id}
                framework={framework}
                planId={plan.id}
                goal={goal}
                viewerPersonId={viewerPersonId}
              />
            ))}
          </ul>
          <GoalForm
            framework={framework}
            pending={addGoal.isPending}
            error={addGoal.error}
            onSave={({ competency, dueDate, progress, ...rest }, form) =>
              addGoal.mutate(
                {
                  ...rest,
                  ...(competency ? { competency } : {}),
                  ...(dueDate ? { dueDate } : {}),
                  ...(progress === null ? {} : { progress }),
                },
                { onSuccess: () => form.reset() },
              )
            }
          />
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
