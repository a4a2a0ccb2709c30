import { DrizzleQueryError } from "drizzle-orm";
import type { Database } from "../../../storage/database.ts";
import type { PeopleImportResult } from "../../../storage/people-import/apply-people-import.ts";
import { PeopleImportError } from "../../../storage/people-import/people-import-error.ts";
import {
  createImportJob,
  finishImportJob,
  getImportJob,
  reportImportProgress,
  type StoredImportJob,
} from "../../../storage/queries/import-jobs.ts";
import type { ImportJobCounts, ImportJobResult } from "../../../storage/schema.ts";
import { loggableError } from "../../loggable-error.ts";

/** How many rows of the file create, update or leave a person unchanged. */
export type ImportCounts = ImportJobCounts;

/** Where an import stands, as any server of the organisation answers it. */
export interface ImportJob {
  id: string;
  orgId: string;
  status: "running" | "done" | "failed";
  processed: number;
  total: number;
  counts: ImportCounts;
  result: ImportJobResult | null;
  error: string | null;
}

/** The people imports of this installation. */
export interface ImportJobs {
  /** Records a new running import and returns it. */
  start(input: {
    orgId: string;
    startedBy: string | null;
    counts: ImportCounts;
  }): Promise<ImportJob>;
  /**
   * Runs an import in the background: reports its progress to the database while it runs, and
   * records how it ended. `work` gets the callback that reports progress.
   */
  run(
    job: ImportJob,
    work: (onProgress: (processed: number, total: number) => void) => Promise<PeopleImportResult>,
  ): void;
  /** An import of the organisation, from any server; null when there is none. */
  get(orgId: string, id: string): Promise<ImportJob | null>;
}

/** How often a running import reports that it is alive, and when it counts as cut short. */
export const importHeartbeatMs = 2_000;
export const importStalledAfterMs = 60_000;

const cutShort =
  "The server running this import stopped before it finished, so nothing was written. Import the file again.";

/** The longest failure reason an import keeps. */
export const maxImportErrorLength = 2_000;

/**
 * Why an import failed, in words and short: an import's own problems per row, or for a database
 * error only what kind it was (its message repeats the SQL and every row's name and email).
 */
export function importFailure(error: unknown): string {
  if (error instanceof PeopleImportError) return error.message.slice(0, maxImportErrorLength);
  const code = loggableError(error);
  const sqlState = code.code ?? code.cause?.code;
  if (sqlState !== undefined || error instanceof DrizzleQueryError) {
    return `the database refused the write${sqlState ? ` (SQLSTATE ${sqlState})` : ""}. Import the file again; if it fails again, ask the administrator to look at the server log.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return message.length > maxImportErrorLength
    ? `${message.slice(0, maxImportErrorLength)}…`
    : message;
}

function fromRow(row: StoredImportJob, now: Date): ImportJob {
  const { id, orgId, status, processed, total, counts, result, error } = row;
  const stalled =
    status === "running" && now.getTime() - row.updatedAt.getTime() > importStalledAfterMs;
  return stalled
    ? { id, orgId, status: "failed", processed, total, counts, result: null, error: cutShort }
    : { id, orgId, status, processed, total, counts, result, error };
}

/**
 * Import jobs kept in the database, so that whichever server a poll reaches can answer it. The
 * server running an import answers its polls from memory (on the embedded database the import's
 * transaction holds the only connection until it commits) and writes its progress every
 * {@link importHeartbeatMs}; an import whose progress stopped for {@link importStalledAfterMs}
 * was cut short with its server, and reads as failed (its transaction never committed).
 *
 * @example
 * const jobs = createImportJobs({ db, now: () => new Date(), onError: (e) => logger.warn(e) });
 */
export function createImportJobs(options: {
  db: Database;
  now: () => Date;
  /** Told when recording progress or an outcome failed; the import itself is not affected. */
  onError?: (error: unknown) => void;
}): ImportJobs {
  const { db, now } = options;
  const onError = options.onError ?? (() => undefined);
  const running = new Map<string, ImportJob>();

  return {
    async start({ orgId, startedBy, counts }) {
      const total = counts.create + counts.update;
      const row = await createImportJob(db, { orgId, startedBy, counts, total });
      const job = fromRow(row, now());
      running.set(job.id, job);
      return job;
    },

    run(job, work) {
      let reporting: Promise<void> | null = null;
      const report = () => {
        if (reporting) return;
        const { orgId, id, processed, total } = job;
        reporting = reportImportProgress(db, { orgId, id, processed, total })
          .catch(onError)
          .finally(() => {
            reporting = null;
          });
      };
      const heartbeat = setInterval(report, importHeartbeatMs);
      heartbeat.unref();
      const finish = async (outcome: Partial<ImportJob>) => {
        clearInterval(heartbeat);
        await reporting;
        const { orgId, id, result, error, processed, total } = { ...job, ...outcome };
        try {
          await finishImportJob(
            db,
            result
              ? { orgId, id, result, processed, total }
              : { orgId, id, error: error ?? cutShort },
          );
        } finally {
          // Done only once recorded: inviting the people it created reads them from the database.
          Object.assign(job, outcome);
        }
        running.delete(id);
      };
      work((processed, total) => Object.assign(job, { processed, total }))
        .then(
          (result) => finish({ status: "done", result, processed: job.total }),
          (error: unknown) =>
            finish({
              status: "failed",
              error: `The import failed and nothing was written: ${importFailure(error)}`,
            }),
        )
        // The outcome stays in memory for this server's polls when it could not be recorded.
        .catch(onError);
    },

    async get(orgId, id) {
      const here = running.get(id);
      if (here) return here.orgId === orgId ? here : null;
      const row = await getImportJob(db, orgId, id);
      return row ? fromRow(row, now()) : null;
    },
  };
}
