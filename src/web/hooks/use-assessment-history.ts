import { useQuery } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";

/**
 * A person's assessments as the viewer may see them (the API decides), newest first.
 *
 * @example
 * const history = useAssessmentHistory(reportId).data?.items ?? [];
 */
export function useAssessmentHistory(personId: string) {
  return useQuery({
    queryKey: queryKeys.assessmentHistory(personId),
    queryFn: () =>
      answer(
        api.GET("/api/v1/people/{id}/assessments", {
          params: { path: { id: personId }, query: { limit: 50 } },
        }),
      ),
  });
}
