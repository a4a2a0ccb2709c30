import { useId } from "react";
import { ErrorState } from "../components/error-state.tsx";
import { useImportJob } from "../hooks/use-people-import.ts";
import { InviteEveryoneNew } from "../people/invite-everyone-new.tsx";
import { importRowsWritten } from "./import-rows-written.ts";

/** A started import's progress, polled until it is done, then what it created and updated, and an offer to invite everyone new. */
export function PeopleImportProgress({ jobId }: { jobId: string }) {
  const job = useImportJob(jobId);
  const labelId = useId();
  if (job.error) return <ErrorState error={job.error} onRetry={() => job.refetch()} />;
  const data = job.data;
  if (!data) return <p role="status">Starting the import…</p>;
  const { written, rows } = importRowsWritten(data);
  return (
    <section aria-labelledby="import-progress-heading">
      <h3 id="import-progress-heading">
        {data.status === "running" ? "Importing people" : "Import finished"}
      </h3>
      <p id={labelId}>
        {written} of {rows} {rows === 1 ? "row" : "rows"} written
      </p>
      <progress aria-labelledby={labelId} max={Math.max(rows, 1)} value={written} />
      {data.status === "done" && data.result ? (
        <p className="notice" role="status">
          Done: {data.result.created} created, {data.result.updated} updated,{" "}
          {data.result.unchanged} unchanged.
        </p>
      ) : null}
      {data.status === "done" ? <InviteEveryoneNew importId={data.id} /> : null}
      {data.status === "failed" ? (
        <p className="state state-error" role="alert">
          {data.error}
        </p>
      ) : null}
    </section>
  );
}
