import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";

type Role = "owner" | "admin" | "member";

/**
 * A person's account and what admins do with it: change the organisation role, hand over
 * ownership, deactivate or reactivate, delete the person's data.
 *
 * @example const { account, setRole } = useAccount(personId);
 */
export function useAccount(personId: string) {
  const client = useQueryClient();
  const path = { params: { path: { id: personId } } };
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.people });
  const account = useQuery({
    queryKey: queryKeys.account(personId),
    queryFn: () => answer(api.GET("/api/v1/people/{id}/account", path)),
    retry: false,
  });
  const setRole = useMutation({
    mutationFn: (role: Role) =>
      answer(api.PATCH("/api/v1/people/{id}/account", { ...path, body: { role } })),
    onSuccess: refresh,
  });
  const transfer = useMutation({
    mutationFn: () =>
      answer(api.POST("/api/v1/organisation/transfer-ownership", { body: { personId } })),
    onSuccess: () => client.invalidateQueries(),
  });
  const deactivate = useMutation({
    mutationFn: () => answer(api.POST("/api/v1/people/{id}/account/deactivate", path)),
    onSuccess: refresh,
  });
  const reactivate = useMutation({
    mutationFn: () => answer(api.POST("/api/v1/people/{id}/account/reactivate", path)),
    onSuccess: refresh,
  });
  const erase = useMutation({
    mutationFn: (confirm: string) =>
      answer(api.POST("/api/v1/people/{id}/erase", { ...path, body: { confirm } })),
    onSuccess: () => client.invalidateQueries(),
  });
  return { account, setRole, transfer, deactivate, reactivate, erase };
}
