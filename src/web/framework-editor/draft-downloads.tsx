import { useState } from "react";
import { answer, api } from "../api/api-client.ts";
import { ErrorState } from "../components/error-state.tsx";
import { downloadFiles } from "./download-files.ts";

const formats = [
  { format: "yaml", label: "YAML" },
  { format: "json", label: "JSON" },
  { format: "csv", label: "CSV sheets" },
] as const;

/** Download buttons for a draft as YAML, JSON or CSV, so the file stays the source of truth. */
export function DraftDownloads({ versionId, sound }: { versionId: string; sound: boolean }) {
  const [error, setError] = useState<unknown>(null);
  async function download(format: (typeof formats)[number]["format"]) {
    setError(null);
    try {
      const { files } = await answer(
        api.GET("/api/v1/frameworks/{id}/export", {
          params: { path: { id: versionId }, query: { format } },
        }),
      );
      downloadFiles(files);
    } catch (failure) {
      setError(failure);
    }
  }
  return (
    <div className="draft-downloads">
      <p className="meta">
        Download the draft
        {sound ? "" : " (as it last was without problems)"}:
      </p>
      {formats.map(({ format, label }) => (
        <button key={format} type="button" className="button" onClick={() => void download(format)}>
          {label}
        </button>
      ))}
      {error ? <ErrorState error={error} /> : null}
    </div>
  );
}
