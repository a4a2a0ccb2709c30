import { useMutation, useQueryClient } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { Background } from "../api/types.ts";

/** Asks the server where a newcomer with this background might enter the ladder. */
export function usePlacement() {
  return useMutation({
    mutationFn: (background: Background) =>
      answer(api.POST("/api/v1/placement", { body: { background } })),
  });
}

/** What saving a placement to a person takes: who, the background, and the offered role chosen. */
export interface SavePlacementInput {
  personId: string;
  background: Background;
  roleId: string;
}

/**
 * Saves a placement as a person's starting point (admins); refreshes that person and the lists
 * they appear in.
 *
 * @example
 * useSavePlacement().mutate({ personId, background, roleId: "pm" });
 */
export function useSavePlacement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, background, roleId }: SavePlacementInput) =>
      answer(
        api.POST("/api/v1/people/{id}/placement", {
          params: { path: { id: personId } },
          body: { background, roleId },
        }),
      ),
    onSuccess: (saved) => {
      client.setQueryData(queryKeys.person(saved.person.id), saved.person);
      void client.invalidateQueries({ queryKey: queryKeys.people });
    },
  });
}
