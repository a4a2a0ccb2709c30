import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Rating } from "../../engine/types.ts";
import { api } from "../api/api-client.ts";

/** An assessment as the API shows it. */
export interface AssessmentRecord {
  id: string;
  personId: string;
  raterKind: "self" | "manager" | "peer";
  raterPersonId: string | null;
  frameworkVersion: string;
  status: "draft" | "submitted";
  submittedAt: string | null;
  updatedAt: string;
  ratings: Rating[];
}

/** The query key of a person's self-assessment draft. */
export const selfDraftKey = (personId: string) => ["assessments", personId, "self-draft"] as const;

/** Finds the person's own open self-assessment draft, or starts one so work is saved from the first answer. */
async function openSelfDraft(personId: string): Promise<AssessmentRecord> {
  const page = await api<{ items: AssessmentRecord[] }>(
    `/api/v1/people/${personId}/assessments?limit=50`,
  );
  const draft = page.items.find(
    (item) =>
      item.status === "draft" && item.raterKind === "self" && item.raterPersonId === personId,
  );
  if (draft) return draft;
  return api<AssessmentRecord>("/api/v1/assessments", {
    method: "POST",
    body: { personId, raterKind: "self", ratings: [] },
  });
}

/**
 * The signed-in person's self-assessment draft: the open one resumed, else a new one.
 *
 * @example
 * const { data: draft } = useSelfDraft(me.user.personId);
 */
export function useSelfDraft(personId: string | null) {
  return useQuery({
    queryKey: selfDraftKey(personId ?? ""),
    queryFn: () => openSelfDraft(personId ?? ""),
    enabled: Boolean(personId),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

/** Autosaves ratings of a draft (upserts only; a cleared note is saved as no note). */
export function saveDraftRatings(id: string, ratings: Rating[]): Promise<AssessmentRecord> {
  return api<AssessmentRecord>(`/api/v1/assessments/${id}/ratings`, {
    method: "PUT",
    body: { ratings, remove: [] },
  });
}

/**
 * Submits a draft with its final ratings; afterwards the profile and paths are refreshed.
 *
 * @example
 * submit.mutate({ id: draft.id, ratings });
 */
export function useSubmitAssessment(personId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ratings }: { id: string; ratings: Rating[] }) =>
      api<AssessmentRecord>(`/api/v1/assessments/${id}/submit`, {
        method: "POST",
        body: { ratings },
      }),
    onSuccess: () => {
      client.removeQueries({ queryKey: selfDraftKey(personId) });
      void client.invalidateQueries({ queryKey: ["insights", personId] });
    },
  });
}
