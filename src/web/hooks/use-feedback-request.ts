import { useMutation } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import type { FeedbackAsk } from "../api/types.ts";

/**
 * Asks a colleague to rate chosen competencies of a person.
 *
 * @example
 * useFeedbackRequest().mutate({ personId, addresseePersonId, competencies: ["discovery"] });
 */
export function useFeedbackRequest() {
  return useMutation({
    mutationFn: ({ personId, ...ask }: FeedbackAsk) =>
      answer(
        api.POST("/api/v1/people/{id}/feedback-requests", {
          params: { path: { id: personId } },
          body: ask,
        }),
      ),
  });
}
