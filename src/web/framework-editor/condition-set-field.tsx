import type { DraftIssue } from "../api/types.ts";
import {
  type BackgroundFact,
  backgroundFactLabels,
  type Condition,
  type ConditionSet,
  countsYears,
  newCondition,
  withFact,
} from "./background-conditions.ts";
import { FieldIssues } from "./field-issues.tsx";
import { NumberField } from "./number-field.tsx";
import { replaceAt } from "./replace-at.ts";
import { SelectField } from "./select-field.tsx";

const factOptions = Object.entries(backgroundFactLabels).map(([value, label]) => ({
  value,
  label,
}));

const groups = [
  { key: "all", title: "Every one of these", noun: "Required" },
  { key: "any", title: "At least one of these", noun: "Either-or" },
] as const;

function ConditionRow({
  condition,
  legend,
  name,
  path,
  issues,
  onChange,
  onRemove,
}: {
  condition: Condition;
  /** What the condition is called on screen, e.g. "Required condition 1". */
  legend: string;
  /** The same with what it belongs to, for the remove button, e.g. "…of Career changer". */
  name: string;
  path: string;
  issues: readonly DraftIssue[];
  onChange: (condition: Condition) => void;
  onRemove: () => void;
}) {
  return (
    <fieldset className="editor-condition">
      <legend>{legend}</legend>
      <SelectField
        label="Background"
        value={condition.fact}
        options={factOptions}
        onChange={(fact) => onChange(withFact(condition, fact as BackgroundFact))}
        path={`${path}.fact`}
        issues={issues}
      />
      {countsYears(condition.fact) ? (
        <>
          <NumberField
            label="At least, in years"
            step={0.5}
            value={condition.atLeast}
            onChange={(atLeast) => onChange({ ...condition, atLeast })}
            path={`${path}.atLeast`}
            issues={issues}
          />
          <NumberField
            label="At most, in years"
            step={0.5}
            value={condition.atMost}
            onChange={(atMost) => onChange({ ...condition, atMost })}
            path={`${path}.atMost`}
            issues={issues}
          />
        </>
      ) : null}
      <button type="button" className="button button-quiet" onClick={onRemove}>
        Remove <span className="visually-hidden">{name}</span>
      </button>
    </fieldset>
  );
}

/**
 * The background conditions of an entry route (or of one role it enters at): those that must all
 * hold, and those of which one is enough. An empty set fits everyone.
 */
export function ConditionSetField({
  legend,
  name,
  value,
  onChange,
  path,
  issues,
}: {
  legend: string;
  /** Names this set's conditions apart from others on the page, e.g. "Career changer". */
  name: string;
  value: ConditionSet;
  onChange: (value: ConditionSet) => void;
  path: string;
  issues: readonly DraftIssue[];
}) {
  const empty = value.all.length === 0 && value.any.length === 0;
  return (
    <fieldset className="editor-fieldset">
      <legend>{legend}</legend>
      {empty ? <p className="meta">No conditions: this fits every background.</p> : null}
      {groups.map(({ key, title, noun }) => {
        const list = value[key];
        return (
          <div className="editor-condition-group" key={key}>
            {list.length > 0 ? <p className="editor-condition-title">{title}</p> : null}
            {list.map((condition, at) => (
              <ConditionRow
                // biome-ignore lint/suspicious/noArrayIndexKey: conditions are edited in place by position, so their content cannot key them.
                key={at}
                condition={condition}
                legend={`${noun} condition ${at + 1}`}
                name={`${noun.toLowerCase()} condition ${at + 1} of ${name}`}
                path={`${path}.${key}.${at}`}
                issues={issues}
                onChange={(next) => onChange({ ...value, [key]: replaceAt(list, at, next) })}
                onRemove={() => onChange({ ...value, [key]: list.filter((_, i) => i !== at) })}
              />
            ))}
            <button
              type="button"
              className="button"
              onClick={() => onChange({ ...value, [key]: [...list, newCondition] })}
            >
              Add {key === "all" ? "a condition that must hold" : "an either-or condition"}
              <span className="visually-hidden"> for {name}</span>
            </button>
          </div>
        );
      })}
      <FieldIssues id={`${path}-issues`} issues={issues.filter((issue) => issue.path === path)} />
    </fieldset>
  );
}
