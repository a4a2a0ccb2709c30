import type { SaveStatus } from "./use-autosave.ts";

const words: Record<SaveStatus, string> = {
  idle: "Your answers are saved as a draft as you go.",
  pending: "Saving soon…",
  saving: "Saving…",
  saved: "Draft saved.",
  failed: "Could not save just now; your answers will be saved on the next change.",
};

/** The autosave status line, announced politely to screen readers. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  return (
    <p className={status === "failed" ? "save-status is-failed" : "save-status"} role="status">
      {words[status]}
    </p>
  );
}
