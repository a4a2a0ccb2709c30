import { type ChangeEvent, type FormEvent, useId, useState } from "react";
import { ErrorState } from "../components/error-state.tsx";
import { useFrameworkActions } from "../hooks/use-framework-actions.ts";
import { FrameworkProblems } from "./framework-problems.tsx";
import "./organisation.css";

/**
 * Pastes or uploads a framework file, has the server check it and, when it is valid, imports it
 * as a draft version; the problems are listed with their lines otherwise.
 */
export function FrameworkImport({ onImported }: { onImported: (versionId: string) => void }) {
  const { validate, importVersion } = useFrameworkActions();
  const [source, setSource] = useState("");
  const [fileName, setFileName] = useState("framework.yaml");
  const [checked, setChecked] = useState("");
  const sourceId = useId();
  const fileId = useId();
  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setSource(await file.text());
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { source, fileName };
    setChecked(source);
    validate.mutate(input, {
      onSuccess: (result) => {
        if (!result.valid) return;
        importVersion.mutate(input, { onSuccess: (version) => onImported(version.id) });
      },
    });
  }
  const problems = validate.data && !validate.data.valid ? validate.data.issues : [];
  const busy = validate.isPending || importVersion.isPending;
  return (
    <form className="form framework-import" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={fileId}>Upload a framework file (YAML or JSON)</label>
        <input id={fileId} type="file" accept=".yaml,.yml,.json" onChange={upload} />
      </div>
      <div className="field">
        <label htmlFor={sourceId}>Or paste it here</label>
        <textarea
          id={sourceId}
          className="source-input"
          rows={12}
          spellCheck={false}
          value={source}
          onChange={(event) => setSource(event.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={busy || source === ""}>
        {busy ? "Checking…" : "Check and import as a draft"}
      </button>
      {problems.length > 0 ? <FrameworkProblems problems={problems} source={checked} /> : null}
      {validate.error ? <ErrorState error={validate.error} /> : null}
      {importVersion.error ? <ErrorState error={importVersion.error} /> : null}
      {importVersion.isSuccess && validate.data?.valid ? (
        <p className="notice" role="status">
          Imported as draft version {importVersion.data.version}. Review the changes below, then
          publish.
        </p>
      ) : null}
    </form>
  );
}
