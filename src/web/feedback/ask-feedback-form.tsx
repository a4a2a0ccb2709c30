import { type FormEvent, useId, useState } from "react";
import type { Framework } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { useFeedbackRequest } from "../hooks/use-feedback-request.ts";
import { ColleaguePicker } from "./colleague-picker.tsx";
import "../components/form-pieces.css";

/**
 * Asks a colleague for feedback about yourself on the competencies you choose; their answer
 * joins your profile as a peer's view.
 *
 * @example
 * <AskFeedbackForm framework={framework} personId={me.user.personId} />
 */
export function AskFeedbackForm({
  framework,
  personId,
  suggested = [],
}: {
  framework: Framework;
  personId: string;
  /** Competencies ticked to begin with, such as the gaps Home names. */
  suggested?: readonly string[];
}) {
  const ask = useFeedbackRequest();
  const [addressee, setAddressee] = useState("");
  const [chosen, setChosen] = useState<readonly string[]>(suggested);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const messageId = useId();
  function toggle(id: string, on: boolean) {
    setChosen((current) => (on ? [...current, id] : current.filter((c) => c !== id)));
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const select = form.elements.namedItem("addresseePersonId");
    const name = select instanceof HTMLSelectElement ? select.selectedOptions[0]?.text : undefined;
    const message = String(new FormData(form).get("message") ?? "").trim();
    ask.mutate(
      {
        personId,
        addresseePersonId: addressee,
        competencies: [...chosen],
        ...(message === "" ? {} : { message }),
      },
      { onSuccess: () => setSentTo(name ?? "Your colleague") },
    );
  }
  return (
    <form className="form form-boxed" onSubmit={submit} noValidate aria-label="Ask for feedback">
      <ColleaguePicker value={addressee} onChange={setAddressee} />
      <fieldset>
        <legend>Competencies to get feedback on</legend>
        <div className="choice-grid">
          {framework.competencies.map((competency) => (
            <label key={competency.id} className="choice">
              <input
                type="checkbox"
                name="competencies"
                value={competency.id}
                checked={chosen.includes(competency.id)}
                onChange={(event) => toggle(competency.id, event.target.checked)}
              />
              {competency.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={messageId}>Message (optional)</label>
        <textarea id={messageId} name="message" rows={2} maxLength={2000} />
      </div>
      <button
        type="submit"
        className="button button-primary"
        disabled={ask.isPending || addressee === "" || chosen.length === 0}
      >
        {ask.isPending ? "Sending…" : "Ask for feedback"}
      </button>
      {ask.error ? <ErrorState error={ask.error} /> : null}
      {sentTo && ask.isSuccess ? (
        <p className="notice" role="status">
          Asked {sentTo}: they will see it in their feedback requests, and their answer joins your
          profile as a peer's view.
        </p>
      ) : null}
    </form>
  );
}
