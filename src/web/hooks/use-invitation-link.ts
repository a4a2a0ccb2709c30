import { useQuery } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";

/**
 * What an invitation link is for and whether it still works; needs no sign-in.
 *
 * @example
 * const link = useInvitationLink(token);
 */
export function useInvitationLink(token: string) {
  return useQuery({
    queryKey: queryKeys.invitationLink(token),
    queryFn: () =>
      answer(api.GET("/api/v1/invitation-links/{token}", { params: { path: { token } } })),
    enabled: token.length > 0,
    retry: false,
  });
}
