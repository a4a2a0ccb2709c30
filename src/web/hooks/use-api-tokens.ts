import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";

/** What a new token needs, as the form gathers it. */
export interface NewToken {
  name: string;
  scope: "read" | "read-write";
  expiresInDays: number;
}

/**
 * My personal access tokens, and creating and revoking them; the created token is in
 * `create.data.token`, shown once.
 *
 * @example const { tokens, create, revoke } = useApiTokens();
 */
export function useApiTokens() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.myTokens });
  const tokens = useQuery({
    queryKey: queryKeys.myTokens,
    queryFn: () => answer(api.GET("/api/v1/me/tokens")),
  });
  const create = useMutation({
    mutationFn: (body: NewToken) => answer(api.POST("/api/v1/me/tokens", { body })),
    onSuccess: refresh,
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      answer(api.DELETE("/api/v1/me/tokens/{id}", { params: { path: { id } } })),
    onSuccess: refresh,
  });
  return { tokens, create, revoke };
}
