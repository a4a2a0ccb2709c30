import { useQuery } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";

/**
 * Whether anyone reports to the person directly: the navigation offers "My team" only then.
 *
 * @example
 * const manages = useHasReports(me?.user.personId ?? null).data === true;
 */
export function useHasReports(personId: string | null) {
  return useQuery({
    queryKey: queryKeys.hasReports(personId ?? ""),
    queryFn: async () => {
      const page = await answer(
        api.GET("/api/v1/people", {
          params: { query: { reportsTo: personId ?? "", depth: "direct", limit: 1 } },
        }),
      );
      return page.items.length > 0;
    },
    enabled: personId !== null,
  });
}
