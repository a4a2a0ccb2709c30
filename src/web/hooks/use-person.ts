import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Preferences } from "../../engine/types.ts";
import { api } from "../api/api-client.ts";

/** A person as `GET /api/v1/people/{id}` answers. */
export interface PersonRecord {
  id: string;
  name: string;
  email: string | null;
  roleId: string | null;
  managerId: string | null;
  team: string | null;
  preferences: Preferences | null;
}

/** The query key of one person. */
export const personKey = (personId: string) => ["people", personId] as const;

/**
 * One person the caller may see, idle until an id is known.
 *
 * @example
 * const { data: person } = usePerson(me.user.personId);
 */
export function usePerson(personId: string | null) {
  return useQuery({
    queryKey: personKey(personId ?? ""),
    queryFn: () => api<PersonRecord>(`/api/v1/people/${personId}`),
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
    mutationFn: (preferences: Preferences) =>
      api<PersonRecord>(`/api/v1/people/${personId}`, {
        method: "PATCH",
        body: { preferences },
      }),
    onSuccess: (person) => {
      client.setQueryData(personKey(personId), person);
      void client.invalidateQueries({ queryKey: ["insights", personId] });
    },
  });
}
