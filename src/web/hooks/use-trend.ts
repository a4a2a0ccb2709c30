import { useQuery } from "@tanstack/react-query";
import type { CompetencyTrend } from "../../engine/profile/competency-trend.ts";
import { api } from "../api/api-client.ts";

/** `GET /api/v1/people/{id}/trend`: per competency, the level after each submitted assessment. */
export interface TrendRecord {
  frameworkVersion: string;
  trends: CompetencyTrend[];
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
    queryKey: ["insights", personId ?? "", "trend"],
    queryFn: () => api<TrendRecord>(`/api/v1/people/${personId}/trend`),
    enabled: Boolean(personId),
  });
}
