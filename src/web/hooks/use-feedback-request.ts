import { useMutation } from "@tanstack/react-query";
import { api } from "../api/api-client.ts";
import type { FeedbackAsk } from "../team/team-types.ts";

/**
 * Asks a colleague to rate chosen competencies of a person.
 *
 * @example
 * useFeedbackRequest().mutate({ personId, addresseePersonId, competencies: ["discovery"] });
 */
export function useFeedbackRequest() {
  return useMutation({
    mutationFn: ({ personId, ...ask }: FeedbackAsk) =>
      api<{ id: string; status: string }>(`/api/v1/people/${personId}/feedback-requests`, {
        method: "POST",
        body: ask,
      }),
  });
}
