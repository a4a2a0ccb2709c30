import type { z } from "@hono/zod-openapi";
import type { FeedbackRequest } from "../../../storage/queries/feedback-requests.ts";
import type { feedbackRequestSchema } from "./schema.ts";

/** A feedback request as the API shows it. */
export function presentFeedbackRequest(
  row: FeedbackRequest,
): z.infer<typeof feedbackRequestSchema> {
  const { id, personId, addresseePersonId, competencies, message, status, assessmentId } = row;
  return {
    id,
    personId,
    addresseePersonId,
    competencies,
    message,
    status,
    assessmentId,
    createdAt: row.createdAt.toISOString(),
  };
}
