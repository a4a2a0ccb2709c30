import { type FormEvent, useId, useState } from "react";
import type { Framework, Person, Rating } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { LevelCriteria } from "../components/level-criteria.tsx";
import { useManagerAssessment } from "../hooks/use-manager-assessment.ts";
import { frameworkLabels } from "../lib/framework-labels.ts";
import "./team.css";

function readRatings(form: HTMLFormElement, framework: Framework): Rating[] {
  const data = new FormData(form);
  return framework.competencies.flatMap(({ id }) => {
    const level = String(data.get(`level-${id}`) ?? "");
    return level === "" ? [] : [{ competency: id, level: Number(level) }];
  });
}

function LevelSelect({ framework, competencyId }: { framework: Framework; competencyId: string }) {
  const id = useId();
  const labels = frameworkLabels(framework);
  const [level, setLevel] = useState("");
  return (
    <div className="field">
      <label htmlFor={id}>{labels.competency(competencyId)}</label>
      <select
        id={id}
        name={`level-${competencyId}`}
        value={level}
        onChange={(event) => setLevel(event.target.value)}
      >
        <option value="">Not rated</option>
        {framework.scale.map((step) => (
          <option key={step.level} value={step.level}>
            {labels.level(step.level)}
          </option>
        ))}
      </select>
      {level === "" ? null : (
        <p className="field-hint">
          <LevelCriteria criteria={labels.criteria(competencyId, Number(level))} />
        </p>
      )}
    </div>
  );
}

/** A manager rates a report's competencies on the framework's scale and submits the assessment. */
export function ManagerAssessmentForm({
  framework,
  reports,
}: {
  framework: Framework;
  reports: readonly Person[];
}) {
  const assess = useManagerAssessment();
  const [personId, setPersonId] = useState("");
  const [formKey, setFormKey] = useState(0);
  const personField = useId();
  const name = reports.find((person) => person.id === personId)?.name ?? "";
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ratings = readRatings(event.currentTarget, framework);
    assess.mutate({ personId, ratings }, { onSuccess: () => setFormKey((key) => key + 1) });
  }
  return (
    <form key={formKey} className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={personField}>Report to assess</label>
        <select id={personField} value={personId} onChange={(e) => setPersonId(e.target.value)}>
          <option value="">Choose a person</option>
          {reports.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
      {personId === "" ? null : (
        <fieldset className="level-grid">
          <legend>Your view of {name}, per competency</legend>
          {framework.competencies.map((competency) => (
            <LevelSelect key={competency.id} framework={framework} competencyId={competency.id} />
          ))}
        </fieldset>
      )}
      <button
        type="submit"
        className="button button-primary"
        disabled={assess.isPending || personId === ""}
      >
        {assess.isPending ? "Submitting…" : "Submit manager assessment"}
      </button>
      {assess.error ? <ErrorState error={assess.error} /> : null}
      {assess.isSuccess ? (
        <p className="notice" role="status">
          Submitted: your view now counts in {name}'s profile, beside their own.
        </p>
      ) : null}
    </form>
  );
}
