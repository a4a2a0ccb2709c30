import { useQuery } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";

const path = (personId: string | null) => ({ params: { path: { id: personId ?? "" } } });

/**
 * A person's aggregated profile per competency, as the server's engine computes it.
 *
 * @example
 * const { data: profile } = useProfile(personId);
 */
export function useProfile(personId: string | null) {
  return useQuery({
    queryKey: queryKeys.insight(personId ?? "", "profile"),
    queryFn: () => answer(api.GET("/api/v1/people/{id}/profile", path(personId))),
    enabled: Boolean(personId),
  });
}

/** A person's fit for every role, with readiness, gaps and the reason. */
export function useRoleFits(personId: string | null) {
  return useQuery({
    queryKey: queryKeys.insight(personId ?? "", "role-fits"),
    queryFn: () => answer(api.GET("/api/v1/people/{id}/role-fits", path(personId))),
    enabled: Boolean(personId),
  });
}

/** Where a person stands per track and per competency. */
export function useStanding(personId: string | null) {
  return useQuery({
    queryKey: queryKeys.insight(personId ?? "", "standing"),
    queryFn: () => answer(api.GET("/api/v1/people/{id}/standing", path(personId))),
    enabled: Boolean(personId),
  });
}

/** The recommended routes from a person's role, best fit first, each step explained. */
export function usePaths(personId: string | null) {
  return useQuery({
    queryKey: queryKeys.insight(personId ?? "", "paths"),
    queryFn: () => answer(api.GET("/api/v1/people/{id}/paths", path(personId))),
    enabled: Boolean(personId),
  });
}

/**
 * How a person's level moved per competency; cached beside their other insights so answering
 * feedback about them refreshes it.
 *
 * @example
 * const { data } = useTrend(personId);
 */
export function useTrend(personId: string | null) {
  return useQuery({
    queryKey: queryKeys.insight(personId ?? "", "trend"),
    queryFn: () => answer(api.GET("/api/v1/people/{id}/trend", path(personId))),
    enabled: Boolean(personId),
  });
}
