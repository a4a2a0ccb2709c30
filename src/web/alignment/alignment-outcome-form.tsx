import { type FormEvent, useId, useState } from "react";
import type { CycleAlignment, Framework } from "../api/types.ts";
import { ActionError } from "../components/action-error.tsx";
import { useRecordAlignment } from "../hooks/use-alignment.ts";
import type { FrameworkLabels } from "../lib/framework-labels.ts";

/**
 * Records what the person and their manager agreed: a note, and optionally a level per
 * competency, which the person's growth plan then starts from. Starts from what was recorded.
 */
export function AlignmentOutcomeForm({
  alignment,
  framework,
  labels,
}: {
  alignment: CycleAlignment;
  framework: Framework;
  labels: FrameworkLabels;
}) {
  const record = useRecordAlignment(alignment.cycle.id, alignment.person.id);
  const recorded = alignment.outcome;
  const [note, setNote] = useState(recorded?.note ?? "");
  const [levels, setLevels] = useState<Record<string, string>>(
    Object.fromEntries((recorded?.agreedLevels ?? []).map((e) => [e.competency, String(e.level)])),
  );
  const [saved, setSaved] = useState("");
  const noteId = useId();
  const scale = framework.scale.map((step) => step.level);
  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved("");
    const agreedLevels = Object.entries(levels)
      .filter(([, level]) => level !== "")
      .map(([competency, level]) => ({ competency, level: Number(level) }));
    record.mutate(
      { note, agreedLevels },
      { onSuccess: () => setSaved("Outcome recorded; the growth plan draft now starts from it.") },
    );
  }
  return (
    <form className="alignment-outcome" onSubmit={submit}>
      <h2>Agreed outcome</h2>
      <div className="field">
        <label htmlFor={noteId}>What you agreed</label>
        <textarea
          id={noteId}
          value={note}
          rows={4}
          maxLength={5000}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <fieldset className="alignment-levels">
        <legend>Agreed levels (optional)</legend>
        {alignment.conversation.items.map((item) => {
          const id = `agreed-${item.competency}`;
          return (
            <div className="field" key={item.competency}>
              <label htmlFor={id}>{labels.competency(item.competency)}</label>
              <select
                id={id}
                value={levels[item.competency] ?? ""}
                onChange={(event) =>
                  setLevels((all) => ({ ...all, [item.competency]: event.target.value }))
                }
              >
                <option value="">Not agreed</option>
                {scale.map((level) => (
                  <option key={level} value={level}>
                    Level {level}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </fieldset>
      <button type="submit" className="button" disabled={record.isPending}>
        {record.isPending ? "Recording…" : "Record the outcome"}
      </button>
      <ActionError action={record} />
      <p role="status">{saved}</p>
    </form>
  );
}
