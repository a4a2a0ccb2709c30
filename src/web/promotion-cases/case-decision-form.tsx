import { useId, useState } from "react";
import type { PromotionDecisionInput } from "../api/types.ts";
import { ActionError } from "../components/action-error.tsx";
import { usePromotionCaseActions } from "../hooks/use-promotion-cases.ts";

const choices: { value: PromotionDecisionInput["decision"]; label: string }[] = [
  { value: "promote-now", label: "Promote now" },
  { value: "with-a-plan", label: "Promote with a plan" },
  { value: "not-yet", label: "Not yet" },
];

/**
 * The committee's decision form (admins): one of three decisions and a note. Several can sit on
 * one page (calibration): each names its own choices and says whose decision it is.
 *
 * @example <CaseDecisionForm caseId={id} onDecided={refetch} />
 */
export function CaseDecisionForm({
  caseId,
  onDecided,
  legend = "Decision",
}: {
  caseId: string;
  onDecided: () => void;
  legend?: string;
}) {
  const noteId = useId();
  const choiceName = useId();
  const [decision, setDecision] = useState<PromotionDecisionInput["decision"]>("with-a-plan");
  const [note, setNote] = useState("");
  const { decide } = usePromotionCaseActions(caseId);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        decide.mutate({ decision, note: note.trim() || null }, { onSuccess: onDecided });
      }}
    >
      <fieldset>
        <legend>{legend}</legend>
        {choices.map((choice) => (
          <label key={choice.value} style={{ display: "block", minHeight: 44 }}>
            <input
              type="radio"
              name={choiceName}
              value={choice.value}
              checked={decision === choice.value}
              onChange={() => setDecision(choice.value)}
            />{" "}
            {choice.label}
          </label>
        ))}
      </fieldset>
      <label htmlFor={noteId}>Note for the manager chain (optional)</label>
      <textarea
        id={noteId}
        rows={3}
        value={note}
        maxLength={4000}
        onChange={(event) => setNote(event.target.value)}
        style={{ width: "100%" }}
      />
      <p className="actions">
        <button type="submit" disabled={decide.isPending}>
          Record decision
        </button>
      </p>
      <ActionError action={decide} />
    </form>
  );
}
