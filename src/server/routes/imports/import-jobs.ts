import { randomUUID } from "node:crypto";
import type { PeopleImportResult } from "../../../storage/people-import/apply-people-import.ts";

/** How many rows of the file create, update or leave a person unchanged. */
export type ImportCounts = Record<"create" | "update" | "unchanged", number>;

/** Where a running import stands; kept in the memory of the instance that runs it. */
export interface ImportJob {
  id: string;
  orgId: string;
  status: "running" | "done" | "failed";
  processed: number;
  total: number;
  counts: ImportCounts;
  result: PeopleImportResult | null;
  error: string | null;
}

/** The imports an instance runs or ran lately. */
export interface ImportJobs {
  start(orgId: string, counts: ImportCounts): ImportJob;
  get(orgId: string, id: string): ImportJob | null;
}

/**
 * Keeps the latest imports in memory (oldest dropped past `keep`), so the web app can poll
 * progress; another organisation's job reads as absent.
 *
 * @example const jobs = createImportJobs({ keep: 100 });
 */
export function createImportJobs(options: { keep: number }): ImportJobs {
  const jobs = new Map<string, ImportJob>();
  return {
    start(orgId, counts) {
      const job: ImportJob = {
        id: randomUUID(),
        orgId,
        status: "running",
        processed: 0,
        total: counts.create + counts.update,
        counts,
        result: null,
        error: null,
      };
      jobs.set(job.id, job);
      for (const id of jobs.keys()) {
        if (jobs.size <= options.keep) break;
        if (jobs.get(id)?.status !== "running") jobs.delete(id);
      }
      return job;
    },
    get(orgId, id) {
      const job = jobs.get(id);
      return job && job.orgId === orgId ? job : null;
    },
  };
}
