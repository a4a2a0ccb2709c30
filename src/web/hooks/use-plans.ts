import { useQuery } from "@tanstack/react-query";
import { api } from "../api/api-client.ts";
import type { GrowthPlan, GrowthPlanDraft } from "../plan/plan-types.ts";

/** The query key of everything about one person's growth plans. */
export const plansKey = (personId: string) => ["people", personId, "plans"] as const;

/**
 * A person's growth plans, newest first (without goals and check-ins).
 *
 * @example
 * const { data } = usePlans(me.user.personId);
 */
export function usePlans(personId: string) {
  return useQuery({
    queryKey: plansKey(personId),
    queryFn: () => api<{ items: GrowthPlan[] }>(`/api/v1/people/${personId}/plans`),
  });
}

/** One growth plan with its goals and check-ins; idle while `planId` is null. */
export function usePlan(planId: string | null) {
  return useQuery({
    queryKey: ["plans", planId],
    queryFn: () => api<GrowthPlan>(`/api/v1/plans/${planId}`),
    enabled: planId !== null,
  });
}

/** The engine's growth plan draft towards a target role; idle until a role is chosen. */
export function usePlanDraft(personId: string, targetRoleId: string) {
  return useQuery({
    queryKey: ["people", personId, "plan-draft", targetRoleId],
    queryFn: () =>
      api<GrowthPlanDraft>(
        `/api/v1/people/${personId}/plan-draft?${new URLSearchParams({ target: targetRoleId })}`,
      ),
    enabled: targetRoleId !== "",
  });
}
