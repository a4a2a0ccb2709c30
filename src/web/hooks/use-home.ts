import { useQuery } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";

/**
 * Home for the signed-in user in one request: standing, plan and tasks.
 *
 * @example
 * const home = useHome();
 * home.data?.standing?.next?.verdict
 */
export function useHome(enabled = true) {
  return useQuery({
    queryKey: queryKeys.home,
    queryFn: () => answer(api.GET("/api/v1/me/home")),
    enabled,
  });
}
