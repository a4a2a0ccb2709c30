import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { answer, api } from "../api/api-client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { ImportJob, PeopleImportPlan, TitleMapping } from "../api/types.ts";

const pollEveryMs = 500;

/**
 * Dry runs, starts and maps titles for people imports from an HRIS CSV export (admins); the
 * server does every check.
 *
 * @example
 * const { dryRun } = usePeopleImport();
 * dryRun.mutate(csv);
 */
export function usePeopleImport() {
  const client = useQueryClient();
  const dryRun = useMutation({
    // A dry run answers 200 with the plan; a real run answers 202 with the job.
    mutationFn: async (csv: string) =>
      (await answer(
        api.POST("/api/v1/imports/people", { body: { csv, dryRun: true } }),
      )) as PeopleImportPlan,
  });
  const start = useMutation({
    mutationFn: async (csv: string) =>
      (await answer(
        api.POST("/api/v1/imports/people", { body: { csv, dryRun: false } }),
      )) as ImportJob,
  });
  const mappings = useQuery({
    queryKey: queryKeys.titleMappings,
    queryFn: () => answer(api.GET("/api/v1/imports/title-mappings")),
  });
  const mapTitle = useMutation({
    mutationFn: (mapping: TitleMapping) =>
      answer(api.PUT("/api/v1/imports/title-mappings", { body: mapping })),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.titleMappings }),
  });
  return { dryRun, start, mappings, mapTitle };
}

/**
 * Polls a started import until it is done or failed; once done, people and analytics are
 * fetched again.
 *
 * @example
 * const job = useImportJob(started.id);
 */
export function useImportJob(id: string) {
  const client = useQueryClient();
  return useQuery({
    queryKey: queryKeys.importJob(id),
    queryFn: async () => {
      const job = await answer(api.GET("/api/v1/imports/{id}", { params: { path: { id } } }));
      if (job.status === "done") {
        await client.invalidateQueries({ queryKey: queryKeys.people });
        await client.invalidateQueries({ queryKey: queryKeys.analytics });
      }
      return job;
    },
    refetchInterval: (query) => (query.state.data?.status === "running" ? pollEveryMs : false),
  });
}
