import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { Framework } from "../api/types.ts";

/**
 * "Add a competency": its name and area (one of the draft's areas, or a new one). What each level
 * looks like is written on the competency's page, where each blank shows as a problem until then.
 */
export function AddCompetencyForm({
  document,
  area: startArea,
  onAdd,
}: {
  document: Framework;
  /** The area the new competency starts in: the one of the competency being edited. */
  area: string;
  onAdd: (named: { name: string; area: string }) => void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [area, setArea] = useState(startArea);
  const [missing, setMissing] = useState<"name" | "area" | null>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const areaField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (open) nameField.current?.focus();
  }, [open]);
  const areas = [...new Set(document.competencies.map((competency) => competency.area))].filter(
    (known) => known.trim() !== "",
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === "") {
      setMissing("name");
      nameField.current?.focus();
      return;
    }
    if (area.trim() === "") {
      setMissing("area");
      areaField.current?.focus();
      return;
    }
    setOpen(false);
    onAdd({ name: name.trim(), area: area.trim() });
  };

  if (!open) {
    return (
      <button
        type="button"
        className="button"
        onClick={() => {
          setName("");
          setArea(startArea);
          setMissing(null);
          setOpen(true);
        }}
      >
        Add a competency
      </button>
    );
  }
  const problem = (field: "name" | "area", words: string) =>
    missing === field ? (
      <p id={`${id}-${field}-missing`} className="field-error">
        {words}
      </p>
    ) : null;
  return (
    <form className="editor-fieldset" aria-labelledby={`${id}-heading`} onSubmit={submit}>
      <h3 id={`${id}-heading`}>Add a competency</h3>
      <div className="field">
        <label htmlFor={`${id}-name`}>Name of the new competency</label>
        <input
          id={`${id}-name`}
          ref={nameField}
          type="text"
          value={name}
          aria-invalid={missing === "name" || undefined}
          aria-describedby={missing === "name" ? `${id}-name-missing` : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setMissing(null);
          }}
        />
        {problem("name", "Write the competency's name first.")}
      </div>
      <div className="field">
        <label htmlFor={`${id}-area`}>Area of the new competency</label>
        <p id={`${id}-area-hint`} className="field-hint">
          One of the areas the draft has, or a new one.
        </p>
        <input
          id={`${id}-area`}
          ref={areaField}
          type="text"
          list={`${id}-areas`}
          value={area}
          aria-invalid={missing === "area" || undefined}
          aria-describedby={
            missing === "area" ? `${id}-area-hint ${id}-area-missing` : `${id}-area-hint`
          }
          onChange={(event) => {
            setArea(event.target.value);
            setMissing(null);
          }}
        />
        <datalist id={`${id}-areas`}>
          {areas.map((known) => (
            <option key={known} value={known} />
          ))}
        </datalist>
        {problem("area", "Name its area.")}
      </div>
      <div className="editor-actions">
        <button type="submit" className="button button-primary">
          Add the competency
        </button>
        <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
