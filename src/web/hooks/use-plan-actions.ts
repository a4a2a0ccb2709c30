import { useMutation, useQueryClient } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { CheckInInput, GrowthPlanInput } from "../api/types.ts";

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
      client.invalidateQueries({ queryKey: queryKeys.personPlans(personId) }),
      client.invalidateQueries({ queryKey: queryKeys.plans }),
    ]);
  const createPlan = useMutation({
    mutationFn: (input: GrowthPlanInput) =>
      answer(
        api.POST("/api/v1/people/{id}/plans", { params: { path: { id: personId } }, body: input }),
      ),
    onSuccess: refresh,
  });
  const addCheckIn = useMutation({
    mutationFn: ({ planId, checkIn }: { planId: string; checkIn: CheckInInput }) =>
      answer(
        api.POST("/api/v1/plans/{id}/check-ins", {
          params: { path: { id: planId } },
          body: checkIn,
        }),
      ),
    onSuccess: refresh,
  });
  return { createPlan, addCheckIn };
}
