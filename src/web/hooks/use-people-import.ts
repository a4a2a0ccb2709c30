import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/api-client.ts";

/** How many people an import would create, update or leave as they are. */
export interface ImportCounts {
  create: number;
  update: number;
  unchanged: number;
}

/** A dry run's answer: what importing the file would change. */
export interface PeopleImportPlan {
  status: "planned";
  counts: ImportCounts;
  unmatchedTitles: { title: string; rows: number[] }[];
  changes: {
    row: number;
    email: string;
    action: "create" | "update";
    roleId: string;
    changes: string[];
  }[];
  changesShown: number;
}

/** A running or finished import, as polled for progress. */
export interface ImportJob {
  id: string;
  status: "running" | "done" | "failed";
  processed: number;
  total: number;
  counts: ImportCounts;
  result: { created: number; updated: number; unchanged: number } | null;
  error: string | null;
}

/** A job title mapped to a framework role. */
export interface TitleMapping {
  title: string;
  roleId: string;
}

const mappingsKey = ["imports", "title-mappings"] as const;
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
    mutationFn: (csv: string) =>
      api<PeopleImportPlan>("/api/v1/imports/people", {
        method: "POST",
        body: { csv, dryRun: true },
      }),
  });
  const start = useMutation({
    mutationFn: (csv: string) =>
      api<ImportJob>("/api/v1/imports/people", { method: "POST", body: { csv, dryRun: false } }),
  });
  const mappings = useQuery({
    queryKey: mappingsKey,
    queryFn: () => api<TitleMapping[]>("/api/v1/imports/title-mappings"),
  });
  const mapTitle = useMutation({
    mutationFn: (mapping: TitleMapping) =>
      api<TitleMapping>("/api/v1/imports/title-mappings", { method: "PUT", body: mapping }),
    onSuccess: () => client.invalidateQueries({ queryKey: mappingsKey }),
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
    queryKey: ["imports", "jobs", id],
    queryFn: async () => {
      const job = await api<ImportJob>(`/api/v1/imports/${id}`);
      if (job.status === "done") {
        await client.invalidateQueries({ queryKey: ["people"] });
        await client.invalidateQueries({ queryKey: ["analytics"] });
      }
      return job;
    },
    refetchInterval: (query) => (query.state.data?.status === "running" ? pollEveryMs : false),
  });
}
