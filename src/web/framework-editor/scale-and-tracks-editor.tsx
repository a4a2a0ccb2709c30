import { replaceAt } from "./replace-at.ts";
import { TextField } from "./text-field.tsx";
import type { DraftEditing } from "./use-framework-draft.ts";

/**
 * The words of the rating scale and of the tracks: each level's label and description, each
 * track's name and description. Which levels and tracks there are stays as published.
 */
export function ScaleAndTracksEditor({ draft }: { draft: DraftEditing }) {
  const { document, issues, edit } = draft;
  const { scale, tracks } = document;
  return (
    <div className="editor-section-body">
      {scale.map((step, index) => (
        <fieldset className="editor-fieldset" key={step.level}>
          <legend>Level {step.level} of the scale</legend>
          <TextField
            label={`Level ${step.level}: label`}
            value={step.label}
            onChange={(label) =>
              edit({ ...document, scale: replaceAt(scale, index, { ...step, label }) })
            }
            path={`scale.${index}.label`}
            issues={issues}
          />
          <TextField
            label={`Level ${step.level}: what it means`}
            multiline
            value={step.description}
            onChange={(description) =>
              edit({ ...document, scale: replaceAt(scale, index, { ...step, description }) })
            }
            path={`scale.${index}.description`}
            issues={issues}
          />
        </fieldset>
      ))}
      {tracks.map((track, index) => (
        <fieldset className="editor-fieldset" key={track.id}>
          <legend>Track {index + 1}</legend>
          <TextField
            label={`Track ${index + 1}: name`}
            value={track.name}
            onChange={(name) =>
              edit({ ...document, tracks: replaceAt(tracks, index, { ...track, name }) })
            }
            path={`tracks.${index}.name`}
            issues={issues}
          />
          <TextField
            label={`Track ${index + 1}: description`}
            multiline
            value={track.description}
            onChange={(description) =>
              edit({ ...document, tracks: replaceAt(tracks, index, { ...track, description }) })
            }
            path={`tracks.${index}.description`}
            issues={issues}
          />
        </fieldset>
      ))}
    </div>
  );
}
