import { useQuery } from "@tanstack/react-query";
import { api, rememberCsrfToken } from "../api/api-client.ts";
import { isUnauthenticated } from "../api/api-error.ts";
import type { Session } from "../api/types.ts";

/** The query key of the signed-in session. */
export const meKey = ["session", "me"] as const;

/** Fetches the signed-in session, or null when nobody is signed in. */
export async function fetchMe(): Promise<Session | null> {
  try {
    const session = await api<Session>("/api/v1/session/me");
    rememberCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isUnauthenticated(error)) {
      rememberCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/**
 * The signed-in user (`data` is null when nobody is signed in).
 *
 * @example
 * const { data: me } = useMe();
 * if (me) greet(me.user.email);
 */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe });
}
