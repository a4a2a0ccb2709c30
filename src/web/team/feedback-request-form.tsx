import { type FormEvent, useId, useState } from "react";
import type { Framework, Person } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
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

/** Asks a colleague to rate chosen competencies of one of the manager's reports. */
export function FeedbackRequestForm({
  framework,
  reports,
  colleagues,
}: {
  framework: Framework;
  reports: readonly Person[];
  colleagues: readonly Person[];
}) {
  const ask = useFeedbackRequest();
  const [about, setAbout] = useState("");
  const [addressee, setAddressee] = useState("");
  const messageId = useId();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const message = String(data.get("message") ?? "").trim();
    ask.mutate({
      personId: about,
      addresseePersonId: addressee,
      competencies: data.getAll("competencies").map(String),
      ...(message === "" ? {} : { message }),
    });
  }
  const nameOf = (id: string) => colleagues.find((person) => person.id === id)?.name ?? "them";
  return (
    <form className="form form-boxed" onSubmit={submit} noValidate>
      <PersonSelect
        label="Feedback about"
        name="about"
        people={reports}
        value={about}
        onChange={setAbout}
      />
      <PersonSelect
        label="Ask this colleague"
        name="addresseePersonId"
        people={colleagues.filter((person) => person.id !== about)}
        value={addressee}
        onChange={setAddressee}
      />
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
          Request sent: {nameOf(addressee)} will see it in their feedback requests.
        </p>
      ) : null}
    </form>
  );
}
