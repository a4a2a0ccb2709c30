import { useId, useState } from "react";
import { ActionError } from "../components/action-error.tsx";
import { usePromotionCaseActions } from "../hooks/use-promotion-cases.ts";

/**
 * The manager's narrative: editable while the case is open (saved with the button), read-only
 * otherwise.
 *
 * @example <CaseNarrative caseId={id} narrative={filled.narrative} editable={filled.can.edit} />
 */
export function CaseNarrative({
  caseId,
  narrative,
  editable,
}: {
  caseId: string;
  narrative: string;
  editable: boolean;
}) {
  const id = useId();
  const [text, setText] = useState(narrative);
  const { saveNarrative } = usePromotionCaseActions(caseId);
  if (!editable) {
    return (
      <p className="case-narrative">
        {narrative.trim() === "" ? "No narrative written." : narrative}
      </p>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        saveNarrative.mutate(text);
      }}
    >
      <label htmlFor={id}>Why they are ready: impact, evidence and what remains</label>
      <textarea
        id={id}
        rows={8}
        value={text}
        maxLength={20_000}
        onChange={(event) => setText(event.target.value)}
        style={{ width: "100%" }}
      />
      <p className="actions">
        <button type="submit" disabled={saveNarrative.isPending}>
          {saveNarrative.isPending ? "Saving…" : "Save narrative"}
        </button>
        <span role="status">{saveNarrative.isSuccess ? "Saved." : ""}</span>
      </p>
      <ActionError action={saveNarrative} />
    </form>
  );
}
