import { useQuery } from "@tanstack/react-query";
import { api } from "../api/api-client.ts";
import type { OrgAnalytics, TeamAnalytics } from "../team/team-types.ts";

/**
 * The engine's analytics of a manager's reports, direct and indirect.
 *
 * @example
 * const { data } = useTeamAnalytics(me.user.personId);
 */
export function useTeamAnalytics(managerId: string) {
  return useQuery({
    queryKey: ["analytics", "team", managerId],
    queryFn: () => api<TeamAnalytics>(`/api/v1/analytics/team/${managerId}`),
  });
}

/** The engine's analytics of the whole organisation (admins only). */
export function useOrgAnalytics() {
  return useQuery({
    queryKey: ["analytics", "org"],
    queryFn: () => api<OrgAnalytics>("/api/v1/analytics/org"),
  });
}
