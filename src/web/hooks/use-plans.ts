import { useQuery } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";

/**
 * A person's growth plans, newest first (without goals and check-ins).
 *
 * @example
 * const { data } = usePlans(me.user.personId);
 */
export function usePlans(personId: string) {
  return useQuery({
    queryKey: queryKeys.personPlans(personId),
    queryFn: () =>
      answer(api.GET("/api/v1/people/{id}/plans", { params: { path: { id: personId } } })),
  });
}

/** One growth plan with its goals and check-ins; idle while `planId` is null. */
export function usePlan(planId: string | null) {
  return useQuery({
    queryKey: queryKeys.plan(planId),
    queryFn: () =>
      answer(api.GET("/api/v1/plans/{id}", { params: { path: { id: planId ?? "" } } })),
    enabled: planId !== null,
  });
}

/** The engine's growth plan draft towards a target role; idle until a role is chosen. */
export function usePlanDraft(personId: string, targetRoleId: string) {
  return useQuery({
    queryKey: queryKeys.planDraft(personId, targetRoleId),
    queryFn: () =>
      answer(
        api.GET("/api/v1/people/{id}/plan-draft", {
          params: { path: { id: personId }, query: { target: targetRoleId } },
        }),
      ),
    enabled: targetRoleId !== "",
  });
}
