import { freshId } from "./fresh-id.ts";
import { replaceAt } from "./replace-at.ts";
import { TextField } from "./text-field.tsx";
import type { DraftEditing } from "./use-framework-draft.ts";

/** The guidance notes shown beside the ladder: title and text of each, add and remove. */
export function GuidanceEditor({ draft }: { draft: DraftEditing }) {
  const { document, issues, edit } = draft;
  const notes = document.guidance;
  return (
    <div className="editor-section-body">
      {notes.map((note, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items are edited in place by position, so their content cannot key them.
        <fieldset className="editor-fieldset" key={`${note.id}-${index}`}>
          <legend>Note {index + 1}</legend>
          <TextField
            label="Title"
            value={note.title}
            onChange={(title) =>
              edit({ ...document, guidance: replaceAt(notes, index, { ...note, title }) })
            }
            path={`guidance.${index}.title`}
            issues={issues}
          />
          <TextField
            label="Text"
            multiline
            value={note.body}
            onChange={(body) =>
              edit({ ...document, guidance: replaceAt(notes, index, { ...note, body }) })
            }
            path={`guidance.${index}.body`}
            issues={issues}
          />
          <button
            type="button"
            className="button button-quiet"
            onClick={() => edit({ ...document, guidance: notes.filter((_, i) => i !== index) })}
          >
            Remove note {index + 1}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button"
        onClick={() =>
          edit({
            ...document,
            guidance: [
              ...notes,
              {
                id: freshId(
                  "note",
                  notes.map((note) => note.id),
                ),
                title: "",
                body: "",
              },
            ],
          })
        }
      >
        Add a guidance note
      </button>
    </div>
  );
}
