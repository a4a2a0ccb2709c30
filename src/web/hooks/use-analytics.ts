import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";

/**
 * The engine's analytics of a manager's reports, direct and indirect.
 *
 * @example
 * const { data } = useTeamAnalytics(me.user.personId);
 */
export function useTeamAnalytics(managerId: string) {
  return useQuery({
    queryKey: queryKeys.teamAnalytics(managerId),
    queryFn: () =>
      answer(api.GET("/api/v1/analytics/team/{managerId}", { params: { path: { managerId } } })),
  });
}

/** The organisation's distribution and span of control with the managers' names (admins only). */
export function useOrgSummary() {
  return useQuery({
    queryKey: queryKeys.orgSummary,
    queryFn: () => answer(api.GET("/api/v1/analytics/org/summary")),
  });
}

/**
 * Every manager's span of control, furthest outside the guideline first, a page at a time: read
 * only once `enabled` (the organisation page lists the furthest ones without it).
 */
export function useOrgSpanPages(enabled: boolean) {
  return useInfiniteQuery({
    queryKey: queryKeys.orgSpans,
    enabled,
    initialPageParam: 0,
    queryFn: ({ pageParam }) =>
      answer(
        api.GET("/api/v1/analytics/org/span-of-control", {
          params: { query: { offset: pageParam, limit: 100 } },
        }),
      ),
    getNextPageParam: (page) => page.nextOffset ?? undefined,
  });
}
