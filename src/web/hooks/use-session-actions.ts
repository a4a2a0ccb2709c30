import { useMutation, useQueryClient } from "@tanstack/react-query";
import { answer, api, rememberCsrfToken } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { Session, SetupInput } from "../api/types.ts";

/**
 * Sign in, sign out (here or everywhere), first-start setup, accepting an invitation and changing one's password; each refreshes everything cached
 * for the old user.
 *
 * @example
 * const { login } = useSessionActions();
 * login.mutate({ email, password }, { onSuccess: () => navigate("/") });
 */
export function useSessionActions() {
  const client = useQueryClient();
  const othersThanMe = {
    predicate: (query: { queryKey: readonly unknown[] }) => query.queryKey[0] !== queryKeys.me[0],
  };
  const signedIn = (session: Session) => {
    rememberCsrfToken(session.csrfToken);
    client.setQueryData(queryKeys.me, session);
    // Everything else was fetched as someone else (or nobody): fetch it again.
    void client.invalidateQueries(othersThanMe);
  };
  const login = useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      answer(api.POST("/api/v1/session/login", { body: input })),
    onSuccess: signedIn,
  });
  const setup = useMutation({
    mutationFn: (input: SetupInput) => answer(api.POST("/api/v1/setup", { body: input })),
    onSuccess: signedIn,
  });
  const acceptInvitation = useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      answer(
        api.POST("/api/v1/invitation-links/{token}/accept", {
          params: { path: { token: input.token } },
          body: { password: input.password },
        }),
      ),
    onSuccess: signedIn,
  });
  // Every session ends with a new password; the answer starts this device's again.
  const changePassword = useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      answer(api.POST("/api/v1/session/password", { body: input })),
    onSuccess: signedIn,
  });
  const signedOut = () => {
    rememberCsrfToken(null);
    client.setQueryData(queryKeys.me, null);
    void client.invalidateQueries(othersThanMe);
  };
  const logout = useMutation({
    mutationFn: () => answer(api.POST("/api/v1/session/logout")),
    onSuccess: signedOut,
  });
  // Ends every session of the user, on every device, this one included.
  const logoutEverywhere = useMutation({
    mutationFn: () => answer(api.POST("/api/v1/session/sign-out-everywhere")),
    onSuccess: signedOut,
  });
  return { login, setup, acceptInvitation, changePassword, logout, logoutEverywhere };
}
