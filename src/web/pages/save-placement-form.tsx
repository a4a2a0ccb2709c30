import { type FormEvent, useState } from "react";
import type { Background, Placement } from "../api/types.ts";
import { ErrorState } from "../components/error-state.tsx";
import { useSavePlacement } from "../hooks/use-placement.ts";
import { usePeople } from "../hooks/use-team.ts";

/** For admins: saves the placement shown as a person's starting point, e.g. a new hire's. */
export function SavePlacementForm({
  placement,
  background,
}: {
  placement: Placement;
  background: Background;
}) {
  const people = usePeople().data?.items ?? [];
  const save = useSavePlacement();
  const [personId, setPersonId] = useState("");
  const [roleId, setRoleId] = useState(placement.options[0]?.roleId ?? "");
  if (placement.options.length === 0) return null;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (personId) save.mutate({ personId, background, roleId });
  }
  const saved = save.data;
  const savedRole = saved
    ? saved.placement.options.find((option) => option.roleId === saved.person.roleId)
    : undefined;
  return (
    <form className="card form" onSubmit={submit} aria-labelledby="save-placement">
      <h2 id="save-placement">Save as someone's starting point</h2>
      <p>Sets the person's role and keeps this background on their record.</p>
      <label>
        Person
        <select value={personId} onChange={(event) => setPersonId(event.target.value)} required>
          <option value="">Choose a person…</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Starting role</legend>
        {placement.options.map((option) => (
          <label key={option.roleId}>
            <input
              type="radio"
              name="roleId"
              value={option.roleId}
              checked={roleId === option.roleId}
              onChange={() => setRoleId(option.roleId)}
            />{" "}
            {option.roleTitle}
          </label>
        ))}
      </fieldset>
      <button
        type="submit"
        className="button button-primary"
        disabled={save.isPending || !personId}
      >
        {save.isPending ? "Saving…" : "Save as their starting point"}
      </button>
      {save.error ? <ErrorState error={save.error} /> : null}
      {saved ? (
        <p role="status">
          Saved: {saved.person.name} starts as {savedRole?.roleTitle ?? "the role chosen"}.
        </p>
      ) : null}
    </form>
  );
}
