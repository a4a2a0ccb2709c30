import { useId, useState } from "react";
import { useColleagues } from "../hooks/use-colleagues.ts";

/**
 * Finds a colleague by name and chooses one: the server answers names only, so picking someone
 * shows nothing else about them.
 *
 * @example
 * <ColleaguePicker value={addressee} onChange={setAddressee} />
 */
export function ColleaguePicker({
  value,
  onChange,
  label = "Ask this colleague",
  onChoose,
}: {
  value: string;
  onChange: (personId: string) => void;
  label?: string;
  /** Called with the colleague's name too, when someone is chosen. */
  onChoose?: (personId: string, name: string) => void;
}) {
  const [search, setSearch] = useState("");
  const found = useColleagues(search);
  const searchId = useId();
  const selectId = useId();
  const hintId = useId();
  const items = found.data?.items ?? [];
  return (
    <div className="colleague-picker">
      <div className="field">
        <label htmlFor={searchId}>Find a colleague by name</label>
        <input
          id={searchId}
          type="search"
          value={search}
          autoComplete="off"
          aria-describedby={hintId}
          maxLength={100}
          onChange={(event) => setSearch(event.target.value)}
        />
        <p id={hintId} className="meta">
          Only names are shown: choosing someone tells you nothing else about them.
        </p>
      </div>
      <div className="field">
        <label htmlFor={selectId}>{label}</label>
        <select
          id={selectId}
          name="addresseePersonId"
          value={value}
          onChange={(event) => {
            const id = event.target.value;
            onChange(id);
            const person = items.find((item) => item.id === id);
            if (person) onChoose?.(person.id, person.name);
          }}
        >
          <option value="">
            {found.isPending
              ? "Looking for colleagues…"
              : items.length === 0
                ? "Nobody matches that name"
                : "Choose a colleague"}
          </option>
          {items.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
