import { useState } from "react";
import type { Framework, Goal } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { useGoalActions } from "../hooks/use-goal-actions.ts";
import { frameworkLabels } from "../lib/framework-labels.ts";
import { GoalComments } from "./goal-comments.tsx";
import { GoalForm } from "./goal-form.tsx";
import { goalStatusWords } from "./goal-status-words.ts";
import { LastChangeLine } from "./last-change-line.tsx";
import { RemoveGoalButton } from "./remove-goal-button.tsx";

const longDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/**
 * One goal: status, progress, the date aimed for (context only), actions to tick, who last
 * changed it, an edit form, a way to remove it, and the comments on it.
 *
 * @example
 * <GoalItem framework={framework} planId={plan.id} goal={goal} viewerPersonId={me} />
 */
export function GoalItem({
  framework,
  planId,
  goal,
  viewerPersonId,
}: {
  framework: Framework;
  planId: string;
  goal: Goal;
  viewerPersonId: string | null;
}) {
  const { updateGoal } = useGoalActions(planId);
  const [editing, setEditing] = useState(false);
  const labels = frameworkLabels(framework);
  if (editing) {
    return (
      <li className="goal">
        <GoalForm
          framework={framework}
          goal={goal}
          pending={updateGoal.isPending}
          error={updateGoal.error}
          onCancel={() => setEditing(false)}
          onSave={(fields) =>
            updateGoal.mutate(
              { goalId: goal.id, patch: fields },
              { onSuccess: () => setEditing(false) },
            )
          }
        />
      </li>
    );
  }
  // While a tick is being saved, the box shows it already.
  const saving = updateGoal.isPending ? updateGoal.variables?.patch.actions : undefined;
  const actions = saving ?? goal.actions;
  function tick(index: number, done: boolean) {
    const changed = actions.map((action, at) => (at === index ? { ...action, done } : action));
    updateGoal.mutate({ goalId: goal.id, patch: { actions: changed } });
  }
  return (
    <li className="goal">
      <h3>
        {goal.title} <span className="tag">{goalStatusWords[goal.status]}</span>
      </h3>
      <p className="meta">
        {goal.competency ? `${labels.competency(goal.competency)}. ` : ""}
        {goal.progress !== null ? `${goal.progress}% of the way. ` : ""}
        {goal.dueDate
          ? `Aiming for ${longDate.format(new Date(`${goal.dueDate}T00:00:00Z`))}.`
          : ""}
      </p>
      {goal.progress !== null ? (
        <progress max={100} value={goal.progress} aria-label={`Progress on ${goal.title}`} />
      ) : null}
      {goal.measure ? <p>Measure: {goal.measure}</p> : null}
      {actions.length > 0 ? (
        <fieldset className="goal-actions">
          <legend>Actions</legend>
          {actions.map((action, index) => (
            <label key={action.text} className="choice">
              <input
                type="checkbox"
                checked={action.done}
                disabled={updateGoal.isPending}
                onChange={(event) => tick(index, event.currentTarget.checked)}
              />
              {action.text}
            </label>
          ))}
        </fieldset>
      ) : null}
      <LastChangeLine
        lastChange={goal.lastChange}
        viewerPersonId={viewerPersonId}
        what="this goal"
      />
      <button
        type="button"
        className="button button-quiet"
        aria-label={`Edit goal: ${goal.title}`}
        onClick={() => setEditing(true)}
      >
        Edit goal
      </button>{" "}
      <RemoveGoalButton planId={planId} goal={goal} />
      {updateGoal.error ? <ErrorState error={updateGoal.error} /> : null}
      <GoalComments planId={planId} goal={goal} viewerPersonId={viewerPersonId} />
    </li>
  );
}
