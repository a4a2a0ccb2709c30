import type { DraftEditing } from "./use-framework-draft.ts";

const stateWords = {
  saved: "All changes saved",
  editing: "Editing…",
  saving: "Saving…",
  conflict: "Not saved",
  failed: "Not saved",
};

/** Whether the draft is saved, and what to do when someone else saved it first. */
export function DraftStatus({ draft }: { draft: DraftEditing }) {
  const time = draft.savedAt
    ? new Date(draft.savedAt).toLocaleTimeString([], { timeStyle: "short" })
    : null;
  return (
    <div className="draft-status">
      <p role="status" className="meta">
        {stateWords[draft.state]}
        {draft.state === "saved" && time ? ` (last saved ${time})` : ""}
      </p>
      {draft.state === "conflict" || draft.state === "failed" ? (
        <div className="notice notice-error" role="alert">
          <p>{draft.problem}</p>
          {draft.state === "conflict" ? (
            <button type="button" className="button" onClick={() => void draft.reload()}>
              Load the saved draft
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
