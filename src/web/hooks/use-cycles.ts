import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { OpenCycleInput } from "../api/types.ts";

/** Which people of a cycle's completion to show. */
export interface CompletionFilters {
  team?: string;
  managerId?: string;
  status?: "complete" | "incomplete";
}

/**
 * The organisation's check-in cycles, open ones first.
 *
 * @example
 * const open = useCycles().data?.items.filter((cycle) => cycle.status === "open");
 */
export function useCycles() {
  return useQuery({
    queryKey: queryKeys.cycles,
    queryFn: () => answer(api.GET("/api/v1/cycles")),
  });
}

/**
 * Who has done their part of a cycle: everyone for admins, a manager's people for managers.
 *
 * @example
 * const completion = useCycleCompletion(cycleId, { status: "incomplete" });
 */
export function useCycleCompletion(cycleId: string, filters: CompletionFilters) {
  const query: Record<string, string> = Object.fromEntries(
    Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  return useQuery({
    queryKey: queryKeys.cycleCompletion(cycleId, query),
    queryFn: () =>
      answer(
        api.GET("/api/v1/cycles/{id}/completion", {
          params: { path: { id: cycleId }, query },
        }),
      ),
    // The table stays while a filter is typed, instead of flashing a loading state.
    placeholderData: keepPreviousData,
  });
}

/**
 * A cycle's calibration: every candidate for admins, the people under them for managers.
 *
 * @example
 * const calibration = useCalibration(cycleId);
 */
export function useCalibration(cycleId: string) {
  return useQuery({
    queryKey: queryKeys.calibration(cycleId),
    queryFn: () =>
      answer(api.GET("/api/v1/cycles/{id}/calibration", { params: { path: { id: cycleId } } })),
    enabled: cycleId !== "",
  });
}

/** Opens a cycle (admins); the list is read again afterwards. */
export function useOpenCycle() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenCycleInput) => answer(api.POST("/api/v1/cycles", { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.cycles }),
  });
}

/** Reminds a person of what a cycle still asks of them. */
export function useNudge(cycleId: string) {
  return useMutation({
    mutationFn: (personId: string) =>
      answer(
        api.POST("/api/v1/cycles/{id}/nudges", {
          params: { path: { id: cycleId } },
          body: { personId },
        }),
      ),
  });
}

/** Closes a cycle (admins); the cycles are read again afterwards. */
export function useCloseCycle(cycleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      answer(api.POST("/api/v1/cycles/{id}/close", { params: { path: { id: cycleId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.cycles }),
  });
}
