import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/api-client.ts";
import type { EvidenceEntry, EvidenceInput } from "../evidence/evidence-types.ts";

const evidenceKey = (personId: string) => ["people", personId, "evidence"] as const;

/**
 * The evidence of a person that the signed-in user may see, newest first.
 *
 * @example
 * const { data } = useEvidence(personId);
 */
export function useEvidence(personId: string) {
  return useQuery({
    queryKey: evidenceKey(personId),
    queryFn: () => api<{ items: EvidenceEntry[] }>(`/api/v1/people/${personId}/evidence?limit=100`),
  });
}

/** Logs a new evidence entry for the signed-in person and refreshes their log. */
export function useAddEvidence(personId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (entry: EvidenceInput) =>
      api<EvidenceEntry>(`/api/v1/people/${personId}/evidence`, { method: "POST", body: entry }),
    onSuccess: () => client.invalidateQueries({ queryKey: evidenceKey(personId) }),
  });
}
