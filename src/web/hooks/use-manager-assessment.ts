import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { Rating } from "../api/types.ts";
import { openDraft } from "./use-self-assessment.ts";

/**
 * The signed-in manager's draft assessment of a report: the open one resumed, else a new one.
 *
 * @example
 * const { data: draft } = useManagerDraft(reportId, me.user.personId);
 */
export function useManagerDraft(personId: string, managerId: string) {
  return useQuery({
    queryKey: queryKeys.managerDraft(personId, managerId),
    queryFn: () => openDraft(personId, "manager", managerId),
    staleTime: Number.POSITIVE_INFINITY,
    // Forgotten as soon as the form closes: once submitted, the next visit opens a fresh draft.
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}

/**
 * Submits a manager's draft with its final ratings; afterwards the report's profile and the team
 * views are fetched again.
 *
 * @example
 * useSubmitManagerAssessment(reportId).mutate({ id: draft.id, ratings });
 */
export function useSubmitManagerAssessment(personId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ratings }: { id: string; ratings: Rating[] }) =>
      answer(
        api.POST("/api/v1/assessments/{id}/submit", {
          params: { path: { id } },
          body: { ratings },
        }),
      ),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.insights(personId) }),
        client.invalidateQueries({ queryKey: queryKeys.analytics }),
        client.invalidateQueries({ queryKey: queryKeys.assessmentHistory(personId) }),
      ]),
  });
}
