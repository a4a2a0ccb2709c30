import { type FormEvent, useId } from "react";
import type { EvidenceInput, Framework, Visibility } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { FormField } from "../components/form-field.tsx";
import { useAddEvidence } from "../hooks/use-evidence.ts";
import { useToday } from "../hooks/use-today.ts";
import { visibilityChoices } from "./visibility-choices.ts";
import "../components/form-pieces.css";

function readEvidence(form: HTMLFormElement): EvidenceInput {
  const data = new FormData(form);
  const outcome = String(data.get("outcome") ?? "").trim();
  return {
    title: String(data.get("title") ?? ""),
    date: String(data.get("date") ?? ""),
    ...(outcome === "" ? {} : { outcome }),
    competencies: data.getAll("competencies").map(String),
    visibility: String(data.get("visibility") ?? "private") as Visibility,
  };
}

/** Logs evidence of impact: what happened, its outcome, when, which competencies, who sees it. */
export function EvidenceForm({ framework, personId }: { framework: Framework; personId: string }) {
  const add = useAddEvidence(personId);
  const today = useToday();
  const outcomeId = useId();
  const error = add.error;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    add.mutate(readEvidence(form), { onSuccess: () => form.reset() });
  }
  return (
    <form className="card form form-boxed evidence-form" onSubmit={submit} noValidate>
      <h2>Add evidence</h2>
      <FormField label="What happened" path="title" required maxLength={300} error={error} />
      <div className="field">
        <label htmlFor={outcomeId}>Outcome or metric</label>
        <p className="field-hint">What changed because of it, with a number where there is one.</p>
        <textarea id={outcomeId} name="outcome" rows={3} maxLength={4000} />
      </div>
      <FormField label="Date" path="date" type="date" defaultValue={today} error={error} />
      <fieldset>
        <legend>Competencies it shows</legend>
        <div className="choice-grid">
          {framework.competencies.map((competency) => (
            <label key={competency.id} className="choice">
              <input type="checkbox" name="competencies" value={competency.id} />
              {competency.name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Who can see it</legend>
        {visibilityChoices.map((choice, index) => (
          <label key={choice.value} className="choice choice-explained">
            <input
              type="radio"
              name="visibility"
              value={choice.value}
              defaultChecked={index === 0}
            />
            <span>
              <strong>{choice.label}</strong> — {choice.who}
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button-primary" disabled={add.isPending}>
        {add.isPending ? "Saving…" : "Add to my log"}
      </button>
      {error ? <ErrorState error={error} /> : null}
    </form>
  );
}
