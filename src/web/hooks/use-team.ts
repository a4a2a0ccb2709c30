import { useQueries, useQuery } from "@tanstack/react-query";
import { api } from "../api/api-client.ts";
import type { PersonProfile, PersonSummary, RoleFitSummary } from "../team/team-types.ts";

async function fetchAllPeople(filters: Record<string, string> = {}): Promise<{
  items: PersonSummary[];
}> {
  const items: PersonSummary[] = [];
  let cursor: string | null = "";
  while (cursor !== null) {
    const query = new URLSearchParams({ ...filters, limit: "100", ...(cursor ? { cursor } : {}) });
    const page: { items: PersonSummary[]; nextCursor: string | null } = await api(
      `/api/v1/people?${query}`,
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  }
  return { items };
}

/**
 * Every person the signed-in user may list: admins everyone, others themself and their reports.
 *
 * @example
 * const colleagues = usePeople().data?.items ?? [];
 */
export function usePeople() {
  return useQuery({
    queryKey: ["people", "list"],
    queryFn: () => fetchAllPeople(),
  });
}

/**
 * A manager's direct reports, as the server finds them in the reporting lines.
 *
 * @example
 * const reports = useDirectReports(me.user.personId).data?.items ?? [];
 */
export function useDirectReports(managerId: string) {
  return useQuery({
    queryKey: ["people", "reports", managerId],
    queryFn: () => fetchAllPeople({ reportsTo: managerId, depth: "direct" }),
  });
}

/** Each person's aggregated profile and role fits, fetched side by side (cached like useProfile). */
export function useTeamInsights(personIds: readonly string[]) {
  const profiles = useQueries({
    queries: personIds.map((id) => ({
      queryKey: ["insights", id, "profile"],
      queryFn: () => api<PersonProfile>(`/api/v1/people/${id}/profile`),
    })),
  });
  const fits = useQueries({
    queries: personIds.map((id) => ({
      queryKey: ["insights", id, "role-fits"],
      queryFn: () => api<{ fits: RoleFitSummary[] }>(`/api/v1/people/${id}/role-fits`),
    })),
  });
  return personIds.map((id, index) => ({
    personId: id,
    profile: profiles[index]?.data ?? null,
    fits: fits[index]?.data?.fits ?? null,
    failed: Boolean(profiles[index]?.isError || fits[index]?.isError),
  }));
}
