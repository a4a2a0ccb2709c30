import type { ComputePersonAggregates } from "../../storage/queries/analytics-aggregates.ts";
import type { OffThread } from "./off-thread.ts";

/**
 * People's analytics aggregates computed on the worker threads: the caller reads the assessments
 * (inside its transaction), a worker runs the engine, and the caller writes what comes back in
 * that same transaction, so the request thread keeps answering meanwhile.
 *
 * @example await refreshStaleAnalytics(db, orgId, inUse, { compute: offThreadAggregates(offThread) });
 */
export function offThreadAggregates(offThread: OffThread): ComputePersonAggregates {
  return (framework, people) => offThread.run("personAggregates", { framework, people });
}
