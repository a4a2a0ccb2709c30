import { type FormEvent, useId } from "react";
import type { Goal } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { useGoalActions } from "../hooks/use-goal-actions.ts";

const dayMonth = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
});

/**
 * The comments under a goal, oldest first ("You" for the viewer's own, everyone else by name),
 * and a box to add one: the person and their managers talk about the goal where it lives.
 *
 * @example
 * <GoalComments planId={plan.id} goal={goal} viewerPersonId={me} />
 */
export function GoalComments({
  planId,
  goal,
  viewerPersonId,
}: {
  planId: string;
  goal: Goal;
  viewerPersonId: string | null;
}) {
  const { commentOnGoal } = useGoalActions(planId);
  const fieldId = useId();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const text = String(new FormData(form).get("text") ?? "").trim();
    commentOnGoal.mutate({ goalId: goal.id, text }, { onSuccess: () => form.reset() });
  }
  return (
    <div className="goal-comments">
      {goal.comments.length > 0 ? (
        <ul aria-label={`Comments on ${goal.title}`}>
          {goal.comments.map((comment) => {
            const who = !comment.author
              ? "Someone no longer here"
              : comment.author.personId !== null && comment.author.personId === viewerPersonId
                ? "You"
                : comment.author.name;
            return (
              <li key={comment.id}>
                <p className="meta">
                  {who} on{" "}
                  <time dateTime={comment.at}>{dayMonth.format(new Date(comment.at))}</time>:
                </p>
                <p>{comment.text}</p>
              </li>
            );
          })}
        </ul>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={fieldId}>Comment on “{goal.title}”</label>
          <textarea id={fieldId} name="text" rows={2} maxLength={2000} required />
        </div>
        <button type="submit" className="button" disabled={commentOnGoal.isPending}>
          {commentOnGoal.isPending ? "Adding…" : "Add comment"}
        </button>
        {commentOnGoal.error ? <ErrorState error={commentOnGoal.error} /> : null}
      </form>
    </div>
  );
}
