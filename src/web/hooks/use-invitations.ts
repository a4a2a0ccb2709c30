import { useMutation, useQueryClient } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";

/**
 * Inviting people, sending an invitation again and revoking it (admins); each refreshes the
 * people lists, whose account status changes.
 *
 * @example
 * const { invite } = useInvitations();
 * invite.mutate({ everyoneUninvited: true });
 */
export function useInvitations() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.people });
  const invite = useMutation({
    mutationFn: (
      whom: { personIds: string[] } | { everyoneUninvited: true } | { createdByImport: string },
    ) => answer(api.POST("/api/v1/invitations", { body: whom })),
    onSuccess: refresh,
  });
  const resend = useMutation({
    mutationFn: (id: string) =>
      answer(api.POST("/api/v1/invitations/{id}/resend", { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      answer(api.POST("/api/v1/invitations/{id}/revoke", { params: { path: { id } } })),
    onSuccess: refresh,
  });
  return { invite, resend, revoke };
}
