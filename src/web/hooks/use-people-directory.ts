import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { AccountStatus } from "../api/types.ts";

/** What the People page filters by, and the page it shows. */
export interface DirectoryFilter {
  search?: string;
  status?: AccountStatus;
  team?: string;
  roleId?: string;
  cursor?: string;
}

/**
 * A page of the People page (admins): the server searches, filters and paginates.
 *
 * @example
 * const page = usePeopleDirectory({ status: "none" });
 */
export function usePeopleDirectory(filter: DirectoryFilter) {
  return useQuery({
    queryKey: queryKeys.peopleDirectory({ ...filter }),
    queryFn: () =>
      answer(api.GET("/api/v1/people-directory", { params: { query: { limit: 50, ...filter } } })),
    placeholderData: keepPreviousData,
  });
}

/**
 * One person of the People page with their role history (admins).
 *
 * @example
 * const person = useDirectoryPerson(params.id);
 */
export function useDirectoryPerson(personId: string) {
  return useQuery({
    queryKey: queryKeys.directoryPerson(personId),
    queryFn: () =>
      answer(api.GET("/api/v1/people-directory/{id}", { params: { path: { id: personId } } })),
  });
}
