import { useQuery } from "@tanstack/react-query";
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
