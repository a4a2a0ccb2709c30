import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";

/**
 * Colleagues whose name matches a search, to ask for feedback: names only.
 *
 * @example
 * const found = useColleagues("ben").data?.items ?? [];
 */
export function useColleagues(search: string) {
  const trimmed = search.trim();
  return useQuery({
    queryKey: queryKeys.colleagues(trimmed),
    queryFn: () =>
      answer(
        api.GET("/api/v1/colleagues", {
          params: { query: trimmed === "" ? {} : { search: trimmed } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
