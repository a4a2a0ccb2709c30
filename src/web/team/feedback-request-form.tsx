import { type FormEvent, useId, useState } from "react";
import type { Framework, Person } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { ColleaguePicker } from "../feedback/colleague-picker.tsx";
import { useFeedbackRequest } from "../hooks/use-feedback-request.ts";
import "../components/form-pieces.css";

function PersonSelect({
  label,
  name,
  people,
  value,
  onChange,
}: {
  label: string;
  name: string;
  people: readonly Person[];
  value: string;
  onChange: (id: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Choose a person</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Asks a colleague to rate chosen competencies of one of the manager's reports; colleagues are
 * found by name, across the organisation.
 */
export function FeedbackRequestForm({
  framework,
  reports,
}: {
  framework: Framework;
  reports: readonly Person[];
}) {
  const ask = useFeedbackRequest();
  const [about, setAbout] = useState("");
  const [addressee, setAddressee] = useState("");
  const messageId = useId();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const select = form.elements.namedItem("addresseePersonId");
    if (select instanceof HTMLSelectElement) setSentTo(select.selectedOptions[0]?.text ?? "them");
    const message = String(data.get("message") ?? "").trim();
    ask.mutate({
      personId: about,
      addresseePersonId: addressee,
      competencies: data.getAll("competencies").map(String),
      ...(message === "" ? {} : { message }),
    });
  }
  const [sentTo, setSentTo] = useState("them");
  return (
    <form className="form form-boxed" onSubmit={submit} noValidate>
      <PersonSelect
        label="Feedback about"
        name="about"
        people={reports}
        value={about}
        onChange={setAbout}
      />
      <ColleaguePicker value={addressee} onChange={setAddressee} />
      <fieldset>
        <legend>Competencies to rate</legend>
        <div className="choice-grid">
          {framework.competencies.map((competency) => (
            <label key={competency.id} className="choice">
              <input type="checkbox" name="competencies" value={competency.id} />
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
        disabled={ask.isPending || about === "" || addressee === ""}
      >
        {ask.isPending ? "Sending…" : "Request feedback"}
      </button>
      {ask.error ? <ErrorState error={ask.error} /> : null}
      {ask.isSuccess ? (
        <p className="notice" role="status">
          Request sent: {sentTo} will see it in their feedback requests.
        </p>
      ) : null}
    </form>
  );
}
