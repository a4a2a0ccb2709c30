import { useId, useMemo, useRef, useState } from "react";
import type { Framework } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { LevelChoice } from "../components/level-choice.tsx";
import { useSubmitAssessment } from "../hooks/use-self-assessment.ts";
import { frameworkLabels } from "../lib/framework-labels.ts";
import { Link } from "../router/link.tsx";
import { AssessmentSummary } from "./assessment-summary.tsx";
import { SaveStatusLine } from "./save-status-line.tsx";
import { useAutosave } from "./use-autosave.ts";
import "./assess.css";
import type { Assessment, Rating } from "../api/types.ts";

/** Where to pick up a draft: the first competency not yet rated, else the summary. */
function resumeAt(framework: Framework, ratings: Map<string, Rating>): number {
  const index = framework.competencies.findIndex((c) => !ratings.has(c.id));
  return index === -1 ? framework.competencies.length : index;
}

/**
 * The self-assessment: one competency per step with its level descriptors and a note, progress,
 * Next and Back, autosave to the draft, and a summary to submit from.
 *
 * @example
 * <AssessmentWizard framework={framework} draft={draft} personId={personId} />
 */
export function AssessmentWizard({
  framework,
  draft,
  personId,
}: {
  framework: Framework;
  draft: Assessment;
  personId: string;
}) {
  const labels = useMemo(() => frameworkLabels(framework), [framework]);
  const levels = useMemo(() => framework.scale.map((step) => step.level), [framework]);
  const [ratings, setRatings] = useState(
    () => new Map(draft.ratings.map((rating) => [rating.competency, rating])),
  );
  const [step, setStep] = useState(() => resumeAt(framework, ratings));
  const autosave = useAutosave(draft.id);
  const submit = useSubmitAssessment(personId);
  const heading = useRef<HTMLHeadingElement>(null);
  const noteId = useId();
  const total = framework.competencies.length;
  const competency = framework.competencies[step];

  function change(rating: Rating) {
    setRatings((current) => new Map(current).set(rating.competency, rating));
    autosave.queue(rating);
  }

  function go(next: number) {
    void autosave.flush();
    setStep(Math.max(0, Math.min(total, next)));
    // Moving focus to the new step's heading tells keyboard and screen reader users where they are.
    requestAnimationFrame(() => heading.current?.focus());
  }

  async function send() {
    await autosave.flush();
    submit.mutate({ id: draft.id, ratings: [...ratings.values()] });
  }

  if (submit.isSuccess) {
    return (
      <section className="card assess-done" aria-labelledby={`${noteId}-done`}>
        <h2 id={`${noteId}-done`}>Self-assessment submitted</h2>
        <p>
          Thank you. Your answers now count towards your profile; a manager's view, when it comes,
          will make the picture more certain.
        </p>
        <p className="actions">
          <Link to="/profile" className="button button-primary">
            See my profile
          </Link>
          <Link to="/paths" className="button">
            See my paths
          </Link>
        </p>
      </section>
    );
  }

  const rated = ratings.size;
  return (
    <>
      <div className="assess-progress">
        <p id={`${noteId}-progress`}>
          {competency ? `Competency ${step + 1} of ${total}` : "Summary"} · {rated} of {total}{" "}
          answered
        </p>
        <progress max={total} value={rated} aria-labelledby={`${noteId}-progress`} />
        <SaveStatusLine status={autosave.status} />
      </div>
      {competency ? (
        <section className="card assess-step" aria-labelledby={`${noteId}-title`}>
          <p className="eyebrow">{competency.area}</p>
          <h2 id={`${noteId}-title`} ref={heading} tabIndex={-1}>
            {competency.name}
          </h2>
          <p>{competency.description}</p>
          <LevelChoice
            competency={competency}
            levels={levels}
            labels={labels}
            value={ratings.get(competency.id)?.level ?? null}
            onChange={(level) => {
              const note = ratings.get(competency.id)?.note;
              change({ competency: competency.id, level, ...(note ? { note } : {}) });
            }}
          />
          <div className="field">
            <label htmlFor={noteId}>Note (optional)</label>
            <p id={`${noteId}-hint`} className="field-hint">
              An example or two that shows this level; choose a level first.
            </p>
            <textarea
              id={noteId}
              aria-describedby={`${noteId}-hint`}
              rows={3}
              maxLength={2000}
              disabled={!ratings.has(competency.id)}
              value={ratings.get(competency.id)?.note ?? ""}
              onChange={(event) => {
                const current = ratings.get(competency.id);
                if (!current) return;
                const note = event.target.value;
                change({
                  competency: current.competency,
                  level: current.level,
                  ...(note ? { note } : {}),
                });
              }}
            />
          </div>
          <p className="actions assess-nav">
            <button
              type="button"
              className="button"
              disabled={step === 0}
              onClick={() => go(step - 1)}
            >
              Back
            </button>
            <button type="button" className="button button-primary" onClick={() => go(step + 1)}>
              {step + 1 === total ? "Review answers" : "Next"}
            </button>
          </p>
        </section>
      ) : (
        <section className="card assess-step" aria-labelledby={`${noteId}-summary`}>
          <h2 id={`${noteId}-summary`} ref={heading} tabIndex={-1}>
            Review and submit
          </h2>
          <p>
            {rated === total
              ? "You rated every competency."
              : `You rated ${rated} of ${total}; the others will show as unknown until someone rates them.`}{" "}
            Once submitted, an assessment no longer changes; you can start a new one at any time.
          </p>
          <AssessmentSummary framework={framework} labels={labels} ratings={ratings} onEdit={go} />
          {submit.isError ? <ErrorState error={submit.error} /> : null}
          <p className="actions assess-nav">
            <button type="button" className="button" onClick={() => go(total - 1)}>
              Back
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={rated === 0 || submit.isPending}
              onClick={() => void send()}
            >
              {submit.isPending ? "Submitting…" : "Submit self-assessment"}
            </button>
          </p>
        </section>
      )}
    </>
  );
}
