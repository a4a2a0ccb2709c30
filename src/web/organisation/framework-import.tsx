import { type ChangeEvent, type FormEvent, useId, useState } from "react";
import type { FrameworkSourceInput } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { useFrameworkActions } from "../hooks/use-framework-actions.ts";
import { Link } from "../router/link.tsx";
import { FrameworkAssumed } from "./framework-assumed.tsx";
import { FrameworkProblems } from "./framework-problems.tsx";
import "./organisation.css";

const accepted = ".yaml,.yml,.json,.csv,.xlsx,.md,.markdown";

/** A binary file's bytes as base64, in chunks so large workbooks do not overflow the stack. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}

/**
 * Pastes or uploads a framework file (YAML, JSON, a one-sheet CSV or XLSX ladder, Markdown with
 * front matter, or a job-family table), has the server check it and, when it is valid, imports it
 * as a draft version, shows what was assumed to complete it and offers the draft in the framework
 * editor (which opens the newest draft); the problems are listed with their row or line otherwise.
 */
export function FrameworkImport({ onImported }: { onImported: (versionId: string) => void }) {
  const { validate, importVersion } = useFrameworkActions();
  const [source, setSource] = useState("");
  const [fileName, setFileName] = useState("framework.yaml");
  const [workbook, setWorkbook] = useState<string | null>(null);
  const [checked, setChecked] = useState("");
  const sourceId = useId();
  const fileId = useId();
  const hintId = useId();
  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    if (/\.xlsx$/i.test(file.name)) {
      setWorkbook(await base64Of(file));
      setSource("");
    } else {
      setWorkbook(null);
      setSource(await file.text());
    }
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input: FrameworkSourceInput =
      workbook === null
        ? { source, fileName, encoding: "text" }
        : { source: workbook, fileName, encoding: "base64" };
    setChecked(workbook === null ? source : "");
    validate.mutate(input, {
      onSuccess: (result) => {
        if (!result.valid) return;
        importVersion.mutate(input, { onSuccess: (version) => onImported(version.id) });
      },
    });
  }
  const problems = validate.data && !validate.data.valid ? validate.data.issues : [];
  const sheet = /^(matrix|job-family)-/.test(validate.data?.shape ?? "");
  const busy = validate.isPending || importVersion.isPending;
  return (
    <form className="form framework-import" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={fileId}>Upload a framework file</label>
        <p className="field-hint" id={hintId}>
          YAML or JSON; a spreadsheet of your ladder (CSV or XLSX: a row per competency, a column
          per level); Markdown with the levels and topics in front matter; or a job-family table.
        </p>
        <input
          id={fileId}
          type="file"
          accept={accepted}
          aria-describedby={hintId}
          onChange={upload}
        />
      </div>
      <div className="field">
        <label htmlFor={sourceId}>Or paste it here</label>
        <textarea
          id={sourceId}
          className="source-input"
          rows={12}
          spellCheck={false}
          value={workbook === null ? source : `The workbook ${fileName} is ready to check.`}
          readOnly={workbook !== null}
          onChange={(event) => {
            setSource(event.target.value);
            if (!/\.(ya?ml|json)$/i.test(fileName)) setFileName("framework.yaml");
          }}
        />
      </div>
      <button
        type="submit"
        className="button button-primary"
        disabled={busy || (source === "" && workbook === null)}
      >
        {busy ? "Checking…" : "Check and import as a draft"}
      </button>
      {problems.length > 0 ? (
        <FrameworkProblems problems={problems} source={checked} rows={sheet} />
      ) : null}
      {validate.error ? <ErrorState error={validate.error} /> : null}
      {importVersion.error ? <ErrorState error={importVersion.error} /> : null}
      {importVersion.isSuccess && validate.data?.valid ? (
        <p className="notice" role="status">
          Imported as draft version {importVersion.data.version}.{" "}
          <Link to="/admin/framework">Edit this draft in the app</Link>, or review the changes
          below, then publish.
        </p>
      ) : null}
      {validate.data?.valid && validate.data.assumed.length > 0 ? (
        <FrameworkAssumed assumed={validate.data.assumed} />
      ) : null}
    </form>
  );
}
