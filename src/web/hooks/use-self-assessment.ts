import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { Assessment, Rating } from "../api/types.ts";

/**
 * Finds a rater's open draft of a person (their own self-assessment, or a manager's view of a
 * report), or starts one so work is saved from the first answer.
 *
 * @example const draft = await openDraft(reportId, "manager", me);
 */
export async function openDraft(
  personId: string,
  raterKind: "self" | "manager",
  raterPersonId: string,
): Promise<Assessment> {
  const page = await answer(
    api.GET("/api/v1/people/{id}/assessments", {
      params: { path: { id: personId }, query: { limit: 50 } },
    }),
  );
  const draft = page.items.find(
    (item) =>
      item.status === "draft" &&
      item.raterKind === raterKind &&
      item.raterPersonId === raterPersonId,
  );
  if (draft) return draft;
  return answer(api.POST("/api/v1/assessments", { body: { personId, raterKind, ratings: [] } }));
}

/**
 * The signed-in person's self-assessment draft: the open one resumed, else a new one.
 *
 * @example
 * const { data: draft } = useSelfDraft(me.user.personId);
 */
export function useSelfDraft(personId: string | null) {
  return useQuery({
    queryKey: queryKeys.selfDraft(personId ?? ""),
    queryFn: () => openDraft(personId ?? "", "self", personId ?? ""),
    enabled: Boolean(personId),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

/** Autosaves ratings of a draft (upserts only; a cleared note is saved as no note). */
export function saveDraftRatings(id: string, ratings: Rating[]): Promise<Assessment> {
  return answer(
    api.PUT("/api/v1/assessments/{id}/ratings", {
      params: { path: { id } },
      body: { ratings, remove: [] },
    }),
  );
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
      answer(
        api.POST("/api/v1/assessments/{id}/submit", {
          params: { path: { id } },
          body: { ratings },
        }),
      ),
    onSuccess: () => {
      client.removeQueries({ queryKey: queryKeys.selfDraft(personId) });
      void client.invalidateQueries({ queryKey: queryKeys.insights(personId) });
    },
  });
}
