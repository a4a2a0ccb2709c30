import { useQuery } from "@tanstack/react-query";
import { api } from "../api/api-client.ts";
import type { RoleChange } from "../api/types.ts";

/** What changes from one role to another, as the server's engine explains it; idle until both are chosen. */
export function useRoleCompare(from: string | null, to: string | null) {
  return useQuery({
    queryKey: ["roles", "compare", from, to],
    queryFn: () =>
      api<RoleChange>(
        `/api/v1/roles/compare?${new URLSearchParams({ from: from ?? "", to: to ?? "" })}`,
      ),
    enabled: Boolean(from && to),
  });
}
