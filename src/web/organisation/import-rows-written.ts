/** What the progress of a people import reports: writes done and to do, and the rows behind them. */
export interface ImportProgressFacts {
  status: "running" | "done" | "failed";
  /** Writes done so far: a row may need two (the person, then their manager). */
  processed: number;
  total: number;
  counts: { create: number; update: number; unchanged: number };
}

/**
 * An import's progress in rows of the file to write (new and changed people), not in the
 * writes behind them, so a file of 7 new people reads "7 of 7" and never "14 of 14".
 *
 * @example importRowsWritten({ status: "running", processed: 7, total: 14, counts: { create: 7, update: 0, unchanged: 0 } })
 * // { written: 3, rows: 7 }
 */
export function importRowsWritten(job: ImportProgressFacts): { written: number; rows: number } {
  const rows = job.counts.create + job.counts.update;
  if (job.status === "done") return { written: rows, rows };
  const share = job.total > 0 ? job.processed / job.total : 0;
  return { written: Math.min(rows, Math.floor(share * rows)), rows };
}
