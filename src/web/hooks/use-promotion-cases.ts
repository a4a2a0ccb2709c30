import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { PromotionDecisionInput } from "../api/types.ts";

/**
 * The promotion cases the viewer may see (the API decides which).
 *
 * @example
 * const { data } = usePromotionCases();
 */
export function usePromotionCases() {
  return useQuery({
    queryKey: queryKeys.promotionCases,
    queryFn: () => answer(api.GET("/api/v1/promotion-cases")),
  });
}

/**
 * One promotion case, filled by the engine when read.
 *
 * @example
 * const { data: filled } = usePromotionCase(params.id);
 */
export function usePromotionCase(caseId: string) {
  return useQuery({
    queryKey: queryKeys.promotionCase(caseId),
    queryFn: () =>
      answer(api.GET("/api/v1/promotion-cases/{id}", { params: { path: { id: caseId } } })),
    enabled: caseId !== "",
  });
}

/**
 * Opening a case for a person toward a role; refreshes the list of cases.
 *
 * @example
 * open.mutate({ personId, targetRoleId: "senior-pm" }, { onSuccess: (c) => navigate(`/promotion-cases/${c.id}`) });
 */
export function useOpenPromotionCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { personId: string; targetRoleId: string }) =>
      answer(api.POST("/api/v1/promotion-cases", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.promotionCases }),
  });
}

/**
 * Saving the narrative, sharing with the person and recording the decision on one case; each
 * refreshes the case and the list.
 *
 * @example
 * const { saveNarrative } = usePromotionCaseActions(caseId);
 */
export function usePromotionCaseActions(caseId: string) {
  const client = useQueryClient();
  const path = { params: { path: { id: caseId } } };
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.promotionCases });
  const saveNarrative = useMutation({
    mutationFn: (narrative: string) =>
      answer(api.PUT("/api/v1/promotion-cases/{id}/narrative", { ...path, body: { narrative } })),
  });
  const share = useMutation({
    mutationFn: (shared: boolean) =>
      answer(api.PUT("/api/v1/promotion-cases/{id}/sharing", { ...path, body: { shared } })),
    onSuccess: refresh,
  });
  const decide = useMutation({
    mutationFn: (body: PromotionDecisionInput) =>
      answer(api.POST("/api/v1/promotion-cases/{id}/decision", { ...path, body })),
    onSuccess: refresh,
  });
  return { saveNarrative, share, decide };
}
