import { useState } from "react";
import type { Goal } from "../api/types.ts";
import { ActionError } from "../components/action-error.tsx";
import { useGoalActions } from "../hooks/use-goal-actions.ts";

/**
 * Removes a goal from the plan after the viewer confirms; the removal is kept in the audit log.
 *
 * @example
 * <RemoveGoalButton planId={plan.id} goal={goal} />
 */
export function RemoveGoalButton({ planId, goal }: { planId: string; goal: Goal }) {
  const { removeGoal } = useGoalActions(planId);
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="button button-quiet"
        aria-label={`Remove goal: ${goal.title}`}
        onClick={() => setAsking(true)}
      >
        Remove goal
      </button>
    );
  }
  return (
    <fieldset className="confirm">
      <legend>Remove “{goal.title}” from the plan?</legend>
      <p>It no longer shows on the plan; the audit log keeps who removed it and when.</p>
      <ActionError action={removeGoal} />
      <button
        type="button"
        className="button"
        disabled={removeGoal.isPending}
        onClick={() => removeGoal.mutate(goal.id)}
      >
        Yes, remove it
      </button>{" "}
      <button type="button" className="button button-quiet" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </fieldset>
  );
}
