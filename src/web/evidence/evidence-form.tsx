import { type FormEvent, useId } from "react";
import type { Evidence, EvidenceInput, Framework, Visibility } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { FormField } from "../components/form-field.tsx";
import { useAddEvidence, useChangeEvidence } from "../hooks/use-evidence.ts";
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

/**
 * Logs evidence of impact — what happened, its outcome, when, which competencies, who sees it —
 * or, given an `entry`, edits it.
 */
export function EvidenceForm({
  framework,
  personId,
  entry,
  onDone,
}: {
  framework: Framework;
  personId: string;
  entry?: Evidence;
  onDone?: () => void;
}) {
  const add = useAddEvidence(personId);
  const { update } = useChangeEvidence(personId);
  const today = useToday();
  const outcomeId = useId();
  const saving = entry ? update : add;
  const error = saving.error;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fields = readEvidence(form);
    if (entry) {
      update.mutate(
        { id: entry.id, entry: { ...fields, outcome: fields.outcome ?? "" } },
        { onSuccess: () => onDone?.() },
      );
    } else add.mutate(fields, { onSuccess: () => form.reset() });
  }
  return (
    <form className="card form form-boxed evidence-form" onSubmit={submit} noValidate>
      <h2>{entry ? `Edit “${entry.title}”` : "Add evidence"}</h2>
      <FormField
        label="What happened"
        path="title"
        required
        maxLength={300}
        defaultValue={entry?.title}
        error={error}
      />
      <div className="field">
        <label htmlFor={outcomeId}>Outcome or metric</label>
        <p className="field-hint">What changed because of it, with a number where there is one.</p>
        <textarea
          id={outcomeId}
          name="outcome"
          rows={3}
          maxLength={4000}
          defaultValue={entry?.outcome ?? ""}
        />
      </div>
      <FormField
        label="Date"
        path="date"
        type="date"
        defaultValue={entry?.date ?? today}
        error={error}
      />
      <fieldset>
        <legend>Competencies it shows</legend>
        <div className="choice-grid">
          {framework.competencies.map((competency) => (
            <label key={competency.id} className="choice">
              <input
                type="checkbox"
                name="competencies"
                value={competency.id}
                defaultChecked={entry?.competencies.includes(competency.id)}
              />
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
              defaultChecked={entry ? entry.visibility === choice.value : index === 0}
            />
            <span>
              <strong>{choice.label}</strong> — {choice.who}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={saving.isPending}>
          {saving.isPending ? "Saving…" : entry ? "Save changes" : "Add to my log"}
        </button>
        {onDone ? (
          <button type="button" className="button button-quiet" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
      {error ? <ErrorState error={error} /> : null}
    </form>
  );
}
