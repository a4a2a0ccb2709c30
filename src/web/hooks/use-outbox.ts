import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { OutboxMail } from "../api/types.ts";

/**
 * A page of the organisation's mails (admins), newest first, optionally of one status.
 *
 * @example
 * const kept = useOutbox("kept", null).data?.items;
 */
export function useOutbox(status: OutboxMail["status"] | null, cursor: string | null) {
  return useQuery({
    queryKey: queryKeys.outboxPage(status, cursor),
    queryFn: () =>
      answer(
        api.GET("/api/v1/outbox", {
          params: {
            query: { limit: 25, ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) },
          },
        }),
      ),
  });
}

/** Sends a failed mail again (admins); the Outbox is read again afterwards. */
export function useRetryMail() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      answer(api.POST("/api/v1/outbox/{id}/retry", { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.outbox }),
  });
}
