import { useMutation, useQueryClient } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { Rating } from "../api/types.ts";

/**
 * Writes and submits a manager assessment of a report in one go; afterwards the report's profile
 * and the team views are fetched again.
 *
 * @example
 * useManagerAssessment().mutate({ personId, ratings: [{ competency: "execution", level: 3 }] });
 */
export function useManagerAssessment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ personId, ratings }: { personId: string; ratings: Rating[] }) => {
      const draft = await answer(
        api.POST("/api/v1/assessments", {
          body: { personId, raterKind: "manager", ratings: [] },
        }),
      );
      return answer(
        api.POST("/api/v1/assessments/{id}/submit", {
          params: { path: { id: draft.id } },
          body: { ratings },
        }),
      );
    },
    onSuccess: (_, { personId }) =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.insights(personId) }),
        client.invalidateQueries({ queryKey: queryKeys.analytics }),
      ]),
  });
}
