import { useQuery } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";

/** Whether this server signs in with single sign-on, and whether passwords are off. */
export function useSsoStatus() {
  return useQuery({
    queryKey: queryKeys.ssoStatus,
    queryFn: () => answer(api.GET("/api/v1/sso")),
  });
}
