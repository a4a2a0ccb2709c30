import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { EvidenceInput } from "../api/types.ts";

/** What narrows the evidence log: words, a competency, a date range (empty means any). */
export interface EvidenceSearch {
  q?: string;
  competency?: string;
  from?: string;
  to?: string;
}

/**
 * The evidence of a person that the signed-in user may see, newest first, narrowed by a search
 * the server runs.
 *
 * @example
 * const { data } = useEvidence(personId, { q: "onboarding" });
 */
export function useEvidence(personId: string, search: EvidenceSearch = {}) {
  const query = Object.fromEntries(Object.entries(search).filter(([, value]) => value));
  return useQuery({
    queryKey: [...queryKeys.evidence(personId), query],
    queryFn: () =>
      answer(
        api.GET("/api/v1/people/{id}/evidence", {
          params: { path: { id: personId }, query: { limit: 100, ...query } },
        }),
      ),
  });
}

/** Changes or deletes an entry of a person's log and refreshes it. */
export function useChangeEvidence(personId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.evidence(personId) });
  const update = useMutation({
    mutationFn: ({ id, entry }: { id: string; entry: Partial<EvidenceInput> }) =>
      answer(api.PATCH("/api/v1/evidence/{id}", { params: { path: { id } }, body: entry })),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) =>
      answer(api.DELETE("/api/v1/evidence/{id}", { params: { path: { id } } })),
    onSuccess: refresh,
  });
  return { update, remove };
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
