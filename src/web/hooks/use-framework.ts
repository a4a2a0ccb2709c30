import { useQuery } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";

/**
 * The published framework of the signed-in organisation, or the server's default without an account.
 *
 * @example
 * const { data } = useFramework();
 * const roles = data?.framework.roles ?? [];
 */
export function useFramework() {
  return useQuery({
    queryKey: queryKeys.currentFramework,
    queryFn: () => answer(api.GET("/api/v1/frameworks/current")),
  });
}
