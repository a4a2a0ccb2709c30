import { useState } from "react";
import type { Framework } from "../api/types.ts";
import { EmptyState } from "../components/empty-state.tsx";
import { FeedbackRequestCard } from "./feedback-request-card.tsx";
import "./feedback.css";
import type { FeedbackRequest } from "../api/types.ts";

/**
 * The open feedback requests addressed to the signed-in person. One request is open for an
 * answer at a time (the first by default), so each answer has the reader's full attention.
 *
 * @example
 * <FeedbackInbox framework={framework} requests={inbox.items} />
 */
export function FeedbackInbox({
  framework,
  requests,
}: {
  framework: Framework;
  requests: readonly FeedbackRequest[];
}) {
  const [chosen, setChosen] = useState<string | null>(null);
  if (requests.length === 0) {
    return (
      <EmptyState title="No feedback requests for you">
        <p>When a colleague or their manager asks for your view, the request appears here.</p>
      </EmptyState>
    );
  }
  const openId = requests.some((request) => request.id === chosen) ? chosen : requests[0]?.id;
  return (
    <section aria-labelledby="open-requests" className="feedback-inbox">
      <h2 id="open-requests">
        {requests.length === 1 ? "One open request" : `${requests.length} open requests`}
      </h2>
      {requests.map((request) => (
        <FeedbackRequestCard
          key={request.id}
          framework={framework}
          request={request}
          answering={request.id === openId}
          onAnswer={() => setChosen(request.id)}
        />
      ))}
    </section>
  );
}
