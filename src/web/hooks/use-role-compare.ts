import { useQuery } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";

/** What changes from one role to another, as the server's engine explains it; idle until both are chosen. */
export function useRoleCompare(from: string | null, to: string | null) {
  return useQuery({
    queryKey: queryKeys.roleCompare(from, to),
    queryFn: () =>
      answer(
        api.GET("/api/v1/roles/compare", { params: { query: { from: from ?? "", to: to ?? "" } } }),
      ),
    enabled: Boolean(from && to),
  });
}
