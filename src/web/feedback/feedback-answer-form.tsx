import { type FormEvent, useId, useMemo, useState } from "react";
import type { FeedbackRequest, Framework } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { LevelChoice } from "../components/level-choice.tsx";
import { useFeedbackReply } from "../hooks/use-feedback-inbox.ts";
import { frameworkLabels } from "../lib/framework-labels.ts";

/**
 * One feedback request answered in place: the five level descriptors for each competency asked,
 * an optional note, and Send or Decline. With `ownWork` the person rates themself: the answer
 * joins their latest self-assessment.
 *
 * @example
 * <FeedbackAnswerForm framework={framework} request={request} personName="Ada" />
 */
export function FeedbackAnswerForm({
  framework,
  request,
  personName,
  ownWork = false,
}: {
  framework: Framework;
  request: FeedbackRequest;
  personName: string;
  ownWork?: boolean;
}) {
  const labels = useMemo(() => frameworkLabels(framework), [framework]);
  const levels = useMemo(() => framework.scale.map((step) => step.level), [framework]);
  const [chosen, setChosen] = useState<Record<string, number>>({});
  const { answer, decline } = useFeedbackReply(request);
  const noteId = useId();
  const asked = framework.competencies.filter((c) => request.competencies.includes(c.id));
  const missing = asked.filter((competency) => chosen[competency.id] === undefined);
  const busy = answer.isPending || decline.isPending;
  const words = ownWork
    ? {
        heading: "how do you work here?",
        question: "Which description fits your work most of the time?",
        note: "Note for yourself and your managers (optional)",
        send: "Send your rating",
      }
    : {
        heading: `how does ${personName} work here?`,
        question: `Which description fits ${personName}'s work most of the time?`,
        note: `Note for ${personName} and their managers (optional)`,
        send: "Send feedback",
      };

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const note = String(new FormData(event.currentTarget).get("note") ?? "").trim();
    answer.mutate(
      asked.map((competency) => ({
        competency: competency.id,
        level: chosen[competency.id] ?? 0,
        ...(note === "" ? {} : { note }),
      })),
    );
  }

  return (
    <form className="form feedback-answer" onSubmit={send} noValidate>
      {asked.map((competency) => (
        <div key={competency.id} className="feedback-competency">
          <h4>
            {competency.name}: {words.heading}
          </h4>
          <LevelChoice
            competency={competency}
            levels={levels}
            labels={labels}
            value={chosen[competency.id] ?? null}
            onChange={(level) => setChosen((now) => ({ ...now, [competency.id]: level }))}
            question={words.question}
          />
        </div>
      ))}
      <div className="field">
        <label htmlFor={noteId}>{words.note}</label>
        <textarea id={noteId} name="note" rows={3} maxLength={2000} />
      </div>
      <p className="actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || missing.length > 0}
        >
          {answer.isPending ? "Sending…" : words.send}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => decline.mutate()}>
          Decline
        </button>
      </p>
      {ownWork ? (
        <p className="meta">
          Your other self-ratings stay as they are: this answer adds to your latest self-assessment.
        </p>
      ) : null}
      {missing.length > 0 ? (
        <p className="meta">
          Choose a level for {missing.map((competency) => competency.name).join(", ")} to send.
        </p>
      ) : null}
      {answer.error ? <ErrorState error={answer.error} /> : null}
      {decline.error ? <ErrorState error={decline.error} /> : null}
    </form>
  );
}
