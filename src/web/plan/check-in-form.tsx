import { type FormEvent, useId } from "react";
import type { CheckInInput } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { FormField } from "../components/form-field.tsx";
import { usePlanActions } from "../hooks/use-plan-actions.ts";
import { useToday } from "../hooks/use-today.ts";
import "../components/form-pieces.css";

function readCheckIn(form: HTMLFormElement): CheckInInput {
  const data = new FormData(form);
  const progress = String(data.get("progress") ?? "").trim();
  const notes = String(data.get("notes") ?? "").trim();
  return {
    date: String(data.get("date") ?? ""),
    ...(progress === "" ? {} : { progress: Number(progress) }),
    ...(notes === "" ? {} : { notes }),
  };
}

/** Records a check-in on a plan: the date, how far along it feels and what happened. */
export function CheckInForm({ personId, planId }: { personId: string; planId: string }) {
  const { addCheckIn } = usePlanActions(personId);
  const today = useToday();
  const notesId = useId();
  const error = addCheckIn.error;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    addCheckIn.mutate({ planId, checkIn: readCheckIn(form) }, { onSuccess: () => form.reset() });
  }
  return (
    <form className="form form-boxed check-in-form" onSubmit={submit} noValidate>
      <h3>Add a check-in</h3>
      <FormField label="Date" path="date" type="date" defaultValue={today} error={error} />
      <FormField
        label="Progress (0–100)"
        hint="How far along the plan feels, in your own judgement."
        path="progress"
        type="number"
        min={0}
        max={100}
        error={error}
      />
      <div className="field">
        <label htmlFor={notesId}>Notes</label>
        <textarea id={notesId} name="notes" rows={3} maxLength={4000} />
      </div>
      <button type="submit" className="button button-primary" disabled={addCheckIn.isPending}>
        {addCheckIn.isPending ? "Saving…" : "Save check-in"}
      </button>
      {error ? <ErrorState error={error} /> : null}
    </form>
  );
}
