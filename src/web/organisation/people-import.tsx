import { type ChangeEvent, type FormEvent, useId, useState } from "react";
import { ApiError } from "../api/api-error.ts";
import type { Framework, TitleMapping } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { usePeopleImport } from "../hooks/use-people-import.ts";
import { PeopleImportPlanView } from "./people-import-plan.tsx";
import { PeopleImportProblems, unmatchedTitlesOf } from "./people-import-problems.tsx";
import { PeopleImportProgress } from "./people-import-progress.tsx";
import { PeopleImportTitles } from "./people-import-titles.tsx";

function Refusal({ error }: { error: unknown }) {
  return error instanceof ApiError && error.status === 400 ? (
    <PeopleImportProblems error={error} />
  ) : (
    <ErrorState error={error} />
  );
}

/**
 * For admins: imports people from an HRIS CSV export. A dry run shows what would change or every
 * problem by row and column; unmatched job titles can be mapped to roles; the import then runs in
 * the background with its progress shown.
 *
 * @example
 * <PeopleImport framework={framework} />
 */
export function PeopleImport({ framework }: { framework: Framework }) {
  const { dryRun, start, mappings, mapTitle } = usePeopleImport();
  const [csv, setCsv] = useState("");
  const [fileName, setFileName] = useState("");
  const [checked, setChecked] = useState("");
  const [jobId, setJobId] = useState<string | null>(null);
  const fileId = useId();
  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setCsv(await file.text());
    dryRun.reset();
    start.reset();
    setJobId(null);
  }
  function check(text: string) {
    setChecked(text);
    dryRun.mutate(text);
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    check(csv);
  }
  function map(mapping: TitleMapping) {
    mapTitle.mutate(mapping, { onSuccess: () => check(checked) });
  }
  const unmatched = dryRun.error instanceof ApiError ? unmatchedTitlesOf(dryRun.error) : [];
  const plan = dryRun.data && checked === csv && jobId === null ? dryRun.data : null;
  return (
    <section aria-labelledby="people-import-heading" className="card">
      <h2 id="people-import-heading">Import people</h2>
      <p>
        Upload your HRIS export as CSV with the columns name, email, job title, manager email, team
        and start date. People are matched by email, so importing the same file again changes
        nothing. The{" "}
        <a href="/api/v1/exports/people.csv" download>
          people export
        </a>{" "}
        has these columns too: edit it in a spreadsheet and import it back.
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={fileId}>People file (CSV)</label>
          <input id={fileId} type="file" accept=".csv,text/csv" onChange={choose} />
        </div>
        <button
          type="submit"
          className="button button-primary"
          disabled={csv === "" || dryRun.isPending}
        >
          {dryRun.isPending ? "Checking…" : `Check ${fileName || "the file"}`}
        </button>
      </form>
      {dryRun.error ? <Refusal error={dryRun.error} /> : null}
      {plan ? (
        <>
          <PeopleImportPlanView plan={plan} framework={framework} />
          <p className="actions">
            <button
              type="button"
              className="button button-primary"
              disabled={start.isPending}
              onClick={() => start.mutate(csv, { onSuccess: (job) => setJobId(job.id) })}
            >
              Import {plan.counts.create + plan.counts.update} changed people
            </button>
          </p>
        </>
      ) : null}
      {start.error ? <Refusal error={start.error} /> : null}
      {jobId ? <PeopleImportProgress jobId={jobId} /> : null}
      <PeopleImportTitles
        unmatched={unmatched}
        mappings={mappings.data ?? []}
        framework={framework}
        busy={mapTitle.isPending || dryRun.isPending}
        error={mapTitle.error}
        onMap={map}
      />
    </section>
  );
}
