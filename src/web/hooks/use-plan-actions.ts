import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/api-client.ts";
import type { CheckIn, CheckInInput, GrowthPlan, PlanInput } from "../plan/plan-types.ts";
import { plansKey } from "./use-plans.ts";

/**
 * Starting a growth plan and recording check-ins; each refreshes the person's plans.
 *
 * @example
 * const { createPlan } = usePlanActions(personId);
 * createPlan.mutate(input, { onSuccess: (plan) => setOpen(plan.id) });
 */
export function usePlanActions(personId: string) {
  const client = useQueryClient();
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: plansKey(personId) }),
      client.invalidateQueries({ queryKey: ["plans"] }),
    ]);
  const createPlan = useMutation({
    mutationFn: (input: PlanInput) =>
      api<GrowthPlan>(`/api/v1/people/${personId}/plans`, { method: "POST", body: input }),
    onSuccess: refresh,
  });
  const addCheckIn = useMutation({
    mutationFn: ({ planId, checkIn }: { planId: string; checkIn: CheckInInput }) =>
      api<CheckIn>(`/api/v1/plans/${planId}/check-ins`, { method: "POST", body: checkIn }),
    onSuccess: refresh,
  });
  return { createPlan, addCheckIn };
}
