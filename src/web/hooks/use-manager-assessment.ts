import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Rating } from "../../engine/types.ts";
import { api } from "../api/api-client.ts";

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
      const draft = await api<{ id: string }>("/api/v1/assessments", {
        method: "POST",
        body: { personId, raterKind: "manager", ratings: [] },
      });
      return api<{ id: string }>(`/api/v1/assessments/${draft.id}/submit`, {
        method: "POST",
        body: { ratings },
      });
    },
    onSuccess: (_, { personId }) =>
      Promise.all([
        client.invalidateQueries({ queryKey: ["insights", personId] }),
        client.invalidateQueries({ queryKey: ["analytics"] }),
      ]),
  });
}
