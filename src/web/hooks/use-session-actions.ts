import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, rememberCsrfToken } from "../api/api-client.ts";
import type { Session } from "../api/types.ts";
import { meKey } from "./use-me.ts";

/** The first start's form: the token from the setup link, the organisation and its owner. */
export interface SetupInput {
  token: string;
  organisationName: string;
  name: string;
  email: string;
  password: string;
}

/**
 * Sign in, sign out (here or everywhere) and first-start setup; each refreshes everything cached
 * for the old user.
 *
 * @example
 * const { login } = useSessionActions();
 * login.mutate({ email, password }, { onSuccess: () => navigate("/") });
 */
export function useSessionActions() {
  const client = useQueryClient();
  const signedIn = (session: Session) => {
    rememberCsrfToken(session.csrfToken);
    client.setQueryData(meKey, session);
    // Everything else was fetched as someone else (or nobody): fetch it again.
    void client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
  };
  const login = useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      api<Session>("/api/v1/session/login", { method: "POST", body: input }),
    onSuccess: signedIn,
  });
  const setup = useMutation({
    mutationFn: (input: SetupInput) =>
      api<Session>("/api/v1/setup", { method: "POST", body: input }),
    onSuccess: signedIn,
  });
  const signedOut = () => {
    rememberCsrfToken(null);
    client.setQueryData(meKey, null);
    void client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
  };
  const logout = useMutation({
    mutationFn: () => api<void>("/api/v1/session/logout", { method: "POST" }),
    onSuccess: signedOut,
  });
  // Ends every session of the user, on every device, this one included.
  const logoutEverywhere = useMutation({
    mutationFn: () => api<void>("/api/v1/session/sign-out-everywhere", { method: "POST" }),
    onSuccess: signedOut,
  });
  return { login, setup, logout, logoutEverywhere };
}
