import { useQuery } from "@tanstack/react-query";
import { api } from "../api/api-client.ts";
import type { CurrentFramework } from "../api/types.ts";

/**
 * The published framework of the signed-in organisation, or the server's default without an account.
 *
 * @example
 * const { data } = useFramework();
 * const roles = data?.framework.roles ?? [];
 */
export function useFramework() {
  return useQuery({
    queryKey: ["frameworks", "current"],
    queryFn: () => api<CurrentFramework>("/api/v1/frameworks/current"),
  });
}
