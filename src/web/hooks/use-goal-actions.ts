import { useMutation, useQueryClient } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { GoalInput, GoalPatch } from "../api/types.ts";

/**
 * Adding, changing (status, progress, ticked actions), removing and commenting on the goals of a
 * plan; each refreshes it.
 *
 * @example
 * const { updateGoal } = useGoalActions(planId);
 * updateGoal.mutate({ goalId, patch: { status: "done" } });
 */
export function useGoalActions(planId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.plan(planId) });
  const addGoal = useMutation({
    mutationFn: (goal: GoalInput) =>
      answer(
        api.POST("/api/v1/plans/{id}/goals", { params: { path: { id: planId } }, body: goal }),
      ),
    onSuccess: refresh,
  });
  const updateGoal = useMutation({
    mutationFn: ({ goalId, patch }: { goalId: string; patch: GoalPatch }) =>
      answer(
        api.PATCH("/api/v1/plans/{id}/goals/{goalId}", {
          params: { path: { id: planId, goalId } },
          body: patch,
        }),
      ),
    onSuccess: refresh,
  });
  const removeGoal = useMutation({
    mutationFn: (goalId: string) =>
      answer(
        api.DELETE("/api/v1/plans/{id}/goals/{goalId}", {
          params: { path: { id: planId, goalId } },
        }),
      ),
    onSuccess: refresh,
  });
  const commentOnGoal = useMutation({
    mutationFn: ({ goalId, text }: { goalId: string; text: string }) =>
      answer(
        api.POST("/api/v1/plans/{id}/goals/{goalId}/comments", {
          params: { path: { id: planId, goalId } },
          body: { text },
        }),
      ),
    onSuccess: refresh,
  });
  return { addGoal, updateGoal, removeGoal, commentOnGoal };
}
