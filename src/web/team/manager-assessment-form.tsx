import { useId, useMemo, useState } from "react";
import type { Assessment, Framework, Person, Rating } from "../api/types.ts";
import { SaveStatusLine } from "../assess/save-status-line.tsx";
import { useAutosave } from "../assess/use-autosave.ts";
import { ErrorState } from "../components/error-state.tsx";
import { LevelChoice } from "../components/level-choice.tsx";
import { QueryView } from "../components/query-view.tsx";
import { useManagerDraft, useSubmitManagerAssessment } from "../hooks/use-manager-assessment.ts";
import { frameworkLabels } from "../lib/framework-labels.ts";
import "./team.css";

/**
 * The manager's view of one report, per competency, with every level's descriptor (as the
 * self-assessment shows them), saved to a draft as they go and submitted when they are done.
 */
function ManagerDraft({
  framework,
  draft,
  person,
  onSubmitted,
}: {
  framework: Framework;
  draft: Assessment;
  person: Person;
  onSubmitted: () => void;
}) {
  const labels = useMemo(() => frameworkLabels(framework), [framework]);
  const levels = useMemo(() => framework.scale.map((step) => step.level), [framework]);
  const [ratings, setRatings] = useState(
    () => new Map(draft.ratings.map((rating) => [rating.competency, rating])),
  );
  const autosave = useAutosave(draft.id);
  const submit = useSubmitManagerAssessment(person.id);
  function change(rating: Rating) {
    setRatings((current) => new Map(current).set(rating.competency, rating));
    autosave.queue(rating);
  }
  async function send() {
    await autosave.flush();
    submit.mutate({ id: draft.id, ratings: [...ratings.values()] }, { onSuccess: onSubmitted });
  }
  const total = framework.competencies.length;
  return (
    <>
      <p>
        {ratings.size} of {total} rated.
      </p>
      <SaveStatusLine status={autosave.status} />
      <div className="manager-levels">
        {framework.competencies.map((competency) => {
          const level = ratings.get(competency.id)?.level ?? null;
          return (
            <details key={competency.id} className="manager-level">
              <summary>
                {competency.name}:{" "}
                <span className="meta">
                  {level === null ? "not rated yet" : labels.level(level)}
                </span>
              </summary>
              <LevelChoice
                competency={competency}
                levels={levels}
                labels={labels}
                value={level}
                question={`Which description fits ${person.name}'s work most of the time?`}
                onChange={(chosen) => change({ competency: competency.id, level: chosen })}
              />
            </details>
          );
        })}
      </div>
      {submit.error ? <ErrorState error={submit.error} /> : null}
      <button
        type="button"
        className="button button-primary"
        disabled={ratings.size === 0 || submit.isPending}
        onClick={() => void send()}
      >
        {submit.isPending ? "Submitting…" : "Submit manager assessment"}
      </button>
    </>
  );
}

/**
 * A manager rates a report's competencies on the framework's scale, reading every level's
 * descriptor; answers are saved to a draft as they go and count once submitted.
 */
export function ManagerAssessmentForm({
  framework,
  reports,
  managerId,
}: {
  framework: Framework;
  reports: readonly Person[];
  managerId: string;
}) {
  const [personId, setPersonId] = useState("");
  const [submittedFor, setSubmittedFor] = useState<string | null>(null);
  const personField = useId();
  const person = reports.find((report) => report.id === personId);
  return (
    <div className="form">
      <div className="field">
        <label htmlFor={personField}>Report to assess</label>
        <select
          id={personField}
          value={personId}
          onChange={(event) => {
            setPersonId(event.target.value);
            setSubmittedFor(null);
          }}
        >
          <option value="">Choose a person</option>
          {reports.map((report) => (
            <option key={report.id} value={report.id}>
              {report.name}
            </option>
          ))}
        </select>
      </div>
      {submittedFor ? (
        <p className="notice" role="status">
          Submitted: your view now counts in {submittedFor}'s profile, beside their own.
        </p>
      ) : null}
      {person && submittedFor === null ? (
        <ManagerDraftLoader
          key={person.id}
          framework={framework}
          person={person}
          managerId={managerId}
          onSubmitted={() => setSubmittedFor(person.name)}
        />
      ) : null}
    </div>
  );
}

function ManagerDraftLoader(props: {
  framework: Framework;
  person: Person;
  managerId: string;
  onSubmitted: () => void;
}) {
  const draft = useManagerDraft(props.person.id, props.managerId);
  return (
    <section aria-label={`Your view of ${props.person.name}`}>
      <QueryView query={draft}>
        {(data) => (
          <ManagerDraft
            framework={props.framework}
            person={props.person}
            onSubmitted={props.onSubmitted}
            draft={data}
          />
        )}
      </QueryView>
    </section>
  );
}
