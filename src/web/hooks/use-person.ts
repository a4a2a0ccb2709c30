import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { Preferences } from "../api/types.ts";

/**
 * One person the caller may see, idle until an id is known.
 *
 * @example
 * const { data: person } = usePerson(me.user.personId);
 */
export function usePerson(personId: string | null) {
  return useQuery({
    queryKey: queryKeys.person(personId ?? ""),
    queryFn: () =>
      answer(api.GET("/api/v1/people/{id}", { params: { path: { id: personId ?? "" } } })),
    enabled: Boolean(personId),
  });
}

/**
 * Saves a person's preferences; refreshes the person and everything derived from them (paths).
 *
 * @example
 * const save = useSavePreferences(personId);
 * save.mutate({ tracks: ["ic"], avoidRoles: [], targetRoles: [] });
 */
export function useSavePreferences(personId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (preferences: NonNullable<Preferences>) =>
      answer(
        api.PATCH("/api/v1/people/{id}", {
          params: { path: { id: personId } },
          body: { preferences },
        }),
      ),
    onSuccess: (person) => {
      client.setQueryData(queryKeys.person(personId), person);
      void client.invalidateQueries({ queryKey: queryKeys.insights(personId) });
    },
  });
}
