import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { EvidenceInput } from "../api/types.ts";

/**
 * The evidence of a person that the signed-in user may see, newest first.
 *
 * @example
 * const { data } = useEvidence(personId);
 */
export function useEvidence(personId: string) {
  return useQuery({
    queryKey: queryKeys.evidence(personId),
    queryFn: () =>
      answer(
        api.GET("/api/v1/people/{id}/evidence", {
          params: { path: { id: personId }, query: { limit: 100 } },
        }),
      ),
  });
}

/** Logs a new evidence entry for the signed-in person and refreshes their log. */
export function useAddEvidence(personId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (entry: EvidenceInput) =>
      answer(
        api.POST("/api/v1/people/{id}/evidence", {
          params: { path: { id: personId } },
          body: entry,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.evidence(personId) }),
  });
}
