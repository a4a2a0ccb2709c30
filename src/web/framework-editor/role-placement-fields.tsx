import type { Framework, TrackId } from "../api/types.ts";
import { FieldIssues } from "./field-issues.tsx";
import { issuesAt } from "./issues-at.ts";
import { NumberField } from "./number-field.tsx";
import { SelectField } from "./select-field.tsx";
import type { DraftEditing } from "./use-framework-draft.ts";

type Role = Framework["roles"][number];

const managesOptions = [
  { value: "", label: "Not said: whoever reports to its holders" },
  { value: "yes", label: "Yes, holders manage people" },
  { value: "no", label: "No, holders lead without managing" },
];

/**
 * Where a role sits on the career map and how it leads: its track, its rank on the track, whether
 * its holders manage people, and the roles of comparable scope on other tracks.
 */
export function RolePlacementFields({
  role,
  path,
  draft,
  onChange,
}: {
  role: Role;
  path: string;
  draft: DraftEditing;
  onChange: (patch: Partial<Role>) => void;
}) {
  const { document, issues } = draft;
  const comparable = new Set(role.comparableTo);
  // Roles of its own track stay listed only while ticked, so an old entry can be cleared.
  const others = document.roles.filter(
    (other) => other.id !== role.id && (other.track !== role.track || comparable.has(other.id)),
  );
  const comparableIssues = issuesAt(issues, `${path}.comparableTo`);
  return (
    <fieldset className="editor-fieldset">
      <legend>Place on the career map</legend>
      <SelectField
        label="Track"
        value={role.track}
        options={document.tracks.map((track) => ({ value: track.id, label: track.name }))}
        onChange={(track) => onChange({ track: track as TrackId })}
        path={`${path}.track`}
        issues={issues}
      />
      <NumberField
        label="Rank on its track"
        hint="1 is the most junior role of the track."
        min={1}
        value={role.rank}
        onChange={(rank) => onChange({ rank: rank ?? 0 })}
        path={`${path}.rank`}
        issues={issues}
      />
      <SelectField
        label="Manages people"
        value={role.managesPeople === undefined ? "" : role.managesPeople ? "yes" : "no"}
        options={managesOptions}
        onChange={(value) =>
          onChange({ managesPeople: value === "" ? undefined : value === "yes" })
        }
        path={`${path}.managesPeople`}
        issues={issues}
      />
      <fieldset className="editor-fieldset editor-checklist">
        <legend>Comparable scope on another track</legend>
        {others.map((other) => (
          <div className="field field-checkbox" key={other.id}>
            <label htmlFor={`${path}-comparable-${other.id}`}>{other.title || other.id}</label>
            <input
              id={`${path}-comparable-${other.id}`}
              type="checkbox"
              checked={comparable.has(other.id)}
              onChange={(event) =>
                onChange({
                  comparableTo: event.target.checked
                    ? [...role.comparableTo, other.id]
                    : role.comparableTo.filter((id) => id !== other.id),
                })
              }
            />
          </div>
        ))}
        <FieldIssues id={`${path}-comparable-issues`} issues={comparableIssues} />
      </fieldset>
    </fieldset>
  );
}
