import { type FormEvent, useId } from "react";
import type { Framework, Goal, GoalStatus } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { FormField } from "../components/form-field.tsx";
import { goalStatuses, goalStatusWords } from "./goal-status-words.ts";
import "../components/form-pieces.css";

/** A goal as the form reads it: empty fields are cleared. */
export interface GoalFields {
  title: string;
  measure?: string;
  competency: string | null;
  dueDate: string | null;
  status: GoalStatus;
  progress: number | null;
  actions: { text: string; done: boolean }[];
}

function readGoal(form: HTMLFormElement, before?: Goal): GoalFields {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "").trim();
  const done = new Map((before?.actions ?? []).map((action) => [action.text, action.done]));
  return {
    title: text("title"),
    measure: text("measure"),
    competency: text("competency") || null,
    dueDate: text("dueDate") || null,
    status: (text("status") || "open") as GoalStatus,
    progress: text("progress") === "" ? null : Number(text("progress")),
    actions: text("actions")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "")
      .map((line) => ({ text: line, done: done.get(line) ?? false })),
  };
}

/**
 * Adds or edits a goal: what, how it is measured, the competency, a date to aim for (context,
 * never a deadline), status, progress and its actions, one a line.
 *
 * @example
 * <GoalForm framework={framework} onSave={(goal) => addGoal.mutate(goal)} pending={false} />
 */
export function GoalForm({
  framework,
  goal,
  onSave,
  onCancel,
  pending,
  error,
}: {
  framework: Framework;
  goal?: Goal;
  onSave: (fields: GoalFields, form: HTMLFormElement) => void;
  onCancel?: () => void;
  pending: boolean;
  error: unknown;
}) {
  const ids = { measure: useId(), competency: useId(), status: useId(), actions: useId() };
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSave(readGoal(event.currentTarget, goal), event.currentTarget);
  }
  return (
    <form className="form form-boxed goal-form" onSubmit={submit} noValidate>
      <h3>{goal ? `Edit “${goal.title}”` : "Add a goal"}</h3>
      <FormField
        label="Goal"
        path="title"
        required
        maxLength={300}
        defaultValue={goal?.title}
        error={error}
      />
      <div className="field">
        <label htmlFor={ids.measure}>How you will know it is done</label>
        <textarea
          id={ids.measure}
          name="measure"
          rows={2}
          maxLength={1000}
          defaultValue={goal?.measure ?? ""}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.competency}>Competency</label>
        <select id={ids.competency} name="competency" defaultValue={goal?.competency ?? ""}>
          <option value="">None in particular</option>
          {framework.competencies.map((competency) => (
            <option key={competency.id} value={competency.id}>
              {competency.name}
            </option>
          ))}
        </select>
      </div>
      <FormField
        label="Aiming for (optional)"
        hint="A date for context, not a deadline."
        path="dueDate"
        type="date"
        defaultValue={goal?.dueDate ?? ""}
        error={error}
      />
      <div className="field">
        <label htmlFor={ids.status}>Status</label>
        <select id={ids.status} name="status" defaultValue={goal?.status ?? "open"}>
          {goalStatuses.map((status) => (
            <option key={status} value={status}>
              {goalStatusWords[status]}
            </option>
          ))}
        </select>
      </div>
      <FormField
        label="Progress (0–100, optional)"
        path="progress"
        type="number"
        min={0}
        max={100}
        defaultValue={goal?.progress ?? ""}
        error={error}
      />
      <div className="field">
        <label htmlFor={ids.actions}>Actions, one a line</label>
        <textarea
          id={ids.actions}
          name="actions"
          rows={3}
          defaultValue={(goal?.actions ?? []).map((action) => action.text).join("\n")}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? "Saving…" : goal ? "Save goal" : "Add goal"}
        </button>
        {onCancel ? (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
      {error ? <ErrorState error={error} /> : null}
    </form>
  );
}
