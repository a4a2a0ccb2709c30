import type { DraftIssue, Framework } from "../api/types.ts";
import { extraConditions } from "./background-conditions.ts";
import { ConditionSetField } from "./condition-set-field.tsx";
import { FieldIssues } from "./field-issues.tsx";
import { optionalText } from "./optional-text.ts";
import { replaceAt } from "./replace-at.ts";
import { SelectField } from "./select-field.tsx";
import { TextField } from "./text-field.tsx";

type EnterAt = Framework["entryRoutes"][number]["enterAt"];

/**
 * The roles an entry route usually leads into, each with a note and any extra background it
 * needs (e.g. Senior PM only after long adjacent leadership); at least one role stays.
 */
export function EnterAtList({
  routeName,
  value,
  onChange,
  roles,
  path,
  issues,
}: {
  routeName: string;
  value: EnterAt;
  onChange: (value: EnterAt) => void;
  roles: Framework["roles"];
  path: string;
  issues: readonly DraftIssue[];
}) {
  const options = roles.map((role) => ({ value: role.id, label: role.title || role.id }));
  return (
    <fieldset className="editor-fieldset">
      <legend>Roles people usually enter at</legend>
      {value.map((entry, at) => {
        const name = `${routeName}, entry role ${at + 1}`;
        const set = (patch: Partial<EnterAt[number]>) =>
          onChange(replaceAt(value, at, { ...entry, ...patch }));
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: items are edited in place by position, so their content cannot key them.
          <div className="editor-item" key={at}>
            <SelectField
              label={`Usually enters at (${at + 1})`}
              value={entry.role}
              options={options}
              onChange={(role) => set({ role })}
              path={`${path}.${at}.role`}
              issues={issues}
            />
            <TextField
              label={`Note on entering at role ${at + 1}`}
              value={entry.note ?? ""}
              onChange={(note) => set({ note: optionalText(note) })}
              path={`${path}.${at}.note`}
              issues={issues}
            />
            <ConditionSetField
              legend={`Only with this background (role ${at + 1}, beyond the route's own)`}
              name={name}
              value={entry.when ?? { all: [], any: [] }}
              onChange={(when) => set({ when: extraConditions(when) })}
              path={`${path}.${at}.when`}
              issues={issues}
            />
            {value.length > 1 ? (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => onChange(value.filter((_, i) => i !== at))}
              >
                Remove entry role {at + 1}
                <span className="visually-hidden"> from {routeName}</span>
              </button>
            ) : null}
          </div>
        );
      })}
      <button
        type="button"
        className="button"
        onClick={() => onChange([...value, { role: roles[0]?.id ?? "" }])}
      >
        Add a role people enter at
        <span className="visually-hidden"> on {routeName}</span>
      </button>
      <FieldIssues id={`${path}-issues`} issues={issues.filter((issue) => issue.path === path)} />
    </fieldset>
  );
}
