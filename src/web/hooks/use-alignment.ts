import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { AlignmentOutcomeInput } from "../api/types.ts";

/**
 * A person's alignment conversation in a cycle: both views per competency and what was agreed.
 *
 * @example
 * const alignment = useAlignment(cycleId, personId);
 */
export function useAlignment(cycleId: string, personId: string) {
  return useQuery({
    queryKey: queryKeys.alignment(cycleId, personId),
    queryFn: () =>
      answer(
        api.GET("/api/v1/cycles/{id}/people/{personId}/alignment", {
          params: { path: { id: cycleId, personId } },
        }),
      ),
  });
}

/** Records what the person and their manager agreed; the conversation and Home are read again. */
export function useRecordAlignment(cycleId: string, personId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AlignmentOutcomeInput) =>
      answer(
        api.PUT("/api/v1/cycles/{id}/people/{personId}/alignment", {
          params: { path: { id: cycleId, personId } },
          body,
        }),
      ),
    onSuccess: (read) => {
      client.setQueryData(queryKeys.alignment(cycleId, personId), read);
      return client.invalidateQueries({ queryKey: queryKeys.cycles });
    },
  });
}

/** Chooses the peers who give a person feedback in a cycle. */
export function useChoosePeers(cycleId: string, personId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (peerIds: string[]) =>
      answer(
        api.POST("/api/v1/cycles/{id}/people/{personId}/peers", {
          params: { path: { id: cycleId, personId } },
          body: { peerIds },
        }),
      ),
    onSuccess: () => client.invalidateQueries(),
  });
}
