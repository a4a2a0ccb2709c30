import type { FeedbackRequest, Framework } from "../api/types.ts";
import { usePerson } from "../hooks/use-person.ts";
import { frameworkLabels } from "../lib/framework-labels.ts";
import { FeedbackAnswerForm } from "./feedback-answer-form.tsx";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });

/**
 * One open request: about whom, who asked and when, the message and the competencies asked;
 * the answer form when `answering`, else a button to open it.
 */
export function FeedbackRequestCard({
  framework,
  request,
  answering,
  onAnswer,
}: {
  framework: Framework;
  request: FeedbackRequest;
  answering: boolean;
  onAnswer: () => void;
}) {
  const person = usePerson(request.personId);
  const labels = frameworkLabels(framework);
  const name = person.data?.name ?? "this colleague";
  // A request addressed to the person it is about asks them to rate themselves.
  const ownWork = request.addresseePersonId === request.personId;
  const headingId = `feedback-${request.id}`;
  return (
    <article className="card feedback-request" aria-labelledby={headingId}>
      <h3 id={headingId}>{ownWork ? "Rate yourself" : `Feedback about ${name}`}</h3>
      <p className="meta">
        {person.data?.roleId ? `${labels.role(person.data.roleId)} · ` : ""}
        Asked {request.requesterName ? `by ${request.requesterName} ` : ""}on{" "}
        {dateFormat.format(new Date(request.createdAt))} · about{" "}
        {request.competencies.map((id) => labels.competency(id)).join(", ")}
      </p>
      {request.message ? (
        <blockquote className="feedback-message">{request.message}</blockquote>
      ) : null}
      {answering ? (
        <FeedbackAnswerForm
          framework={framework}
          request={request}
          personName={name}
          ownWork={ownWork}
        />
      ) : (
        <button type="button" className="button" onClick={onAnswer}>
          {ownWork ? "Rate or decline" : "Answer or decline"}
        </button>
      )}
    </article>
  );
}
