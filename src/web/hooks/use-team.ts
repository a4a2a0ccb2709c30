import { useQueries, useQuery } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { Person } from "../api/types.ts";

type PeopleQuery = { reportsTo?: string; depth?: "direct" | "all" };

async function fetchAllPeople(filters: PeopleQuery = {}): Promise<{ items: Person[] }> {
  const items: Person[] = [];
  let cursor: string | null = "";
  while (cursor !== null) {
    const query: PeopleQuery & { limit: number; cursor?: string } = {
      ...filters,
      limit: 100,
      ...(cursor ? { cursor } : {}),
    };
    const page: { items: Person[]; nextCursor: string | null } = await answer(
      api.GET("/api/v1/people", { params: { query } }),
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
    queryKey: queryKeys.peopleList,
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
    queryKey: queryKeys.directReports(managerId),
    queryFn: () => fetchAllPeople({ reportsTo: managerId, depth: "direct" }),
  });
}

/** Each person's aggregated profile and role fits, fetched side by side (cached like useProfile). */
export function useTeamInsights(personIds: readonly string[]) {
  const profiles = useQueries({
    queries: personIds.map((id) => ({
      queryKey: queryKeys.insight(id, "profile"),
      queryFn: () => answer(api.GET("/api/v1/people/{id}/profile", { params: { path: { id } } })),
    })),
  });
  const fits = useQueries({
    queries: personIds.map((id) => ({
      queryKey: queryKeys.insight(id, "role-fits"),
      queryFn: () => answer(api.GET("/api/v1/people/{id}/role-fits", { params: { path: { id } } })),
    })),
  });
  return personIds.map((id, index) => ({
    personId: id,
    profile: profiles[index]?.data ?? null,
    fits: fits[index]?.data?.fits ?? null,
    failed: Boolean(profiles[index]?.isError || fits[index]?.isError),
  }));
}
