import { useQuery } from "@tanstack/react-query";
import type { CareerPath, Profile, RoleFit } from "../../engine/types.ts";
import { api } from "../api/api-client.ts";

/** Where a person stands per track and per competency (`GET /api/v1/people/{id}/standing`). */
export interface Standing {
  frameworkVersion: string;
  tracks: {
    track: "management" | "ic" | "adjacent";
    highestReady: { roleId: string; reason: string } | null;
    next: string | null;
  }[];
  competencies: {
    competency: string;
    level: number | null;
    matchesRole: string | null;
    reason: string;
  }[];
  summary: string;
}

function insight<T>(personId: string | null, name: string) {
  return {
    queryKey: ["insights", personId ?? "", name],
    queryFn: () => api<T>(`/api/v1/people/${personId}/${name}`),
    enabled: Boolean(personId),
  };
}

/**
 * A person's aggregated profile per competency, as the server's engine computes it.
 *
 * @example
 * const { data: profile } = useProfile(personId);
 */
export function useProfile(personId: string | null) {
  return useQuery(insight<Profile>(personId, "profile"));
}

/** A person's fit for every role, with readiness, gaps and the reason. */
export function useRoleFits(personId: string | null) {
  return useQuery(insight<{ frameworkVersion: string; fits: RoleFit[] }>(personId, "role-fits"));
}

/** Where a person stands per track and per competency. */
export function useStanding(personId: string | null) {
  return useQuery(insight<Standing>(personId, "standing"));
}

/** The recommended routes from a person's role, cheapest first, each step explained. */
export function usePaths(personId: string | null) {
  return useQuery(insight<{ frameworkVersion: string; paths: CareerPath[] }>(personId, "paths"));
}
