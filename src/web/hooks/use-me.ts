import { useQuery } from "@tanstack/react-query";
import { answer, api, rememberCsrfToken } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { Session } from "../api/types.ts";

/**
 * Fetches the signed-in session, or null when nobody is signed in; asking is never an error,
 * so a visitor's first page logs nothing.
 */
export async function fetchMe(): Promise<Session | null> {
  const { session } = await answer(api.GET("/api/v1/session"));
  rememberCsrfToken(session?.csrfToken ?? null);
  return session;
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
