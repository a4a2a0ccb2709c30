import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { FeedbackRequest, Rating } from "../api/types.ts";

/**
 * The open feedback requests addressed to the signed-in person, idle until their person id is
 * known; keyed by it so a different sign-in never sees another person's requests.
 *
 * @example
 * const { data } = useFeedbackInbox(me?.user.personId ?? null);
 * data?.items.length;
 */
export function useFeedbackInbox(personId: string | null) {
  return useQuery({
    queryKey: queryKeys.feedbackInboxOf(personId ?? ""),
    queryFn: () =>
      answer(api.GET("/api/v1/feedback-requests", { params: { query: { limit: 100 } } })),
    enabled: personId !== null,
  });
}

/**
 * Answers or declines one request addressed to the signed-in person; refreshes the inbox and
 * the insights of the person the feedback is about.
 *
 * @example
 * const { answer } = useFeedbackReply(request);
 * answer.mutate([{ competency: "discovery", level: 3 }]);
 */
export function useFeedbackReply(request: FeedbackRequest) {
  const client = useQueryClient();
  const refresh = () => {
    void client.invalidateQueries({ queryKey: queryKeys.feedbackInbox });
    void client.invalidateQueries({ queryKey: queryKeys.home });
    void client.invalidateQueries({ queryKey: queryKeys.insights(request.personId) });
  };
  const params = { path: { id: request.id } };
  return {
    answer: useMutation({
      mutationFn: (ratings: Rating[]) =>
        answer(api.POST("/api/v1/feedback-requests/{id}/answer", { params, body: { ratings } })),
      onSuccess: refresh,
    }),
    decline: useMutation({
      mutationFn: () => answer(api.POST("/api/v1/feedback-requests/{id}/decline", { params })),
      onSuccess: refresh,
    }),
  };
}
