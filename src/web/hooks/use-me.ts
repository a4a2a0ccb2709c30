import { useQuery } from "@tanstack/react-query";
import { answer, api, rememberCsrfToken } from "../api/api-client.ts";
import { isUnauthenticated } from "../api/api-error.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { Session } from "../api/types.ts";

/** Fetches the signed-in session, or null when nobody is signed in. */
export async function fetchMe(): Promise<Session | null> {
  try {
    const session = await answer(api.GET("/api/v1/session/me"));
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
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe });
}
