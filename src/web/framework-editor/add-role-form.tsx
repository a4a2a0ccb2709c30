import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { Framework, TrackId } from "../api/types.ts";
import { nextFreeRank } from "./add-role.ts";

/**
 * "Add a role": its title first, then its track and rank (by default the track of the role being
 * edited, one above that track's most senior role). The rest is written on the role's page.
 */
export function AddRoleForm({
  document,
  track: startTrack,
  onAdd,
}: {
  document: Framework;
  /** The track the new role starts on: the one of the role being edited. */
  track: TrackId;
  onAdd: (place: { title: string; track: TrackId; rank: number }) => void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState("");
  const [track, setTrack] = useState(startTrack);
  const [rank, setRank] = useState(String(nextFreeRank(document, startTrack)));
  const [missing, setMissing] = useState(false);
  const titleField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (open) titleField.current?.focus();
  }, [open]);

  const start = () => {
    setTitle("");
    setTrack(startTrack);
    setRank(String(nextFreeRank(document, startTrack)));
    setMissing(false);
    setOpen(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === "") {
      setMissing(true);
      titleField.current?.focus();
      return;
    }
    const chosen = Number.parseInt(rank, 10);
    const safeRank =
      Number.isInteger(chosen) && chosen >= 1 ? chosen : nextFreeRank(document, track);
    setOpen(false);
    onAdd({ title: title.trim(), track, rank: safeRank });
  };

  if (!open) {
    return (
      <button type="button" className="button" onClick={start}>
        Add a role
      </button>
    );
  }
  return (
    <form className="editor-fieldset" aria-labelledby={`${id}-heading`} onSubmit={submit}>
      <h3 id={`${id}-heading`}>Add a role</h3>
      <div className="field">
        <label htmlFor={`${id}-title`}>Title of the new role</label>
        <input
          id={`${id}-title`}
          ref={titleField}
          type="text"
          value={title}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${id}-missing` : undefined}
          onChange={(event) => {
            setTitle(event.target.value);
            setMissing(false);
          }}
        />
        {missing ? (
          <p id={`${id}-missing`} className="field-error">
            Write the role's title first.
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-track`}>Track of the new role</label>
        <select
          id={`${id}-track`}
          value={track}
          onChange={(event) => {
            const next = event.target.value as TrackId;
            setTrack(next);
            setRank(String(nextFreeRank(document, next)));
          }}
        >
          {document.tracks.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-number">
        <label htmlFor={`${id}-rank`}>Rank of the new role on its track</label>
        <p id={`${id}-rank-hint`} className="field-hint">
          1 is the most junior role of the track; it starts one above the most senior.
        </p>
        <input
          id={`${id}-rank`}
          type="number"
          min={1}
          step={1}
          value={rank}
          aria-describedby={`${id}-rank-hint`}
          onChange={(event) => setRank(event.target.value)}
        />
      </div>
      <div className="editor-actions">
        <button type="submit" className="button button-primary">
          Add the role
        </button>
        <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
