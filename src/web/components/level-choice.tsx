import type { Competency } from "../api/types.ts";
import type { FrameworkLabels } from "../lib/framework-labels.ts";
import { LevelCriteria } from "./level-criteria.tsx";
import "./level-choice.css";

/**
 * A competency's five level descriptors as one radio group: Tab reaches the group and the
 * arrow keys move between levels, as native radios do.
 */
export function LevelChoice({
  competency,
  levels,
  labels,
  value,
  onChange,
  question = "Which description fits your work most of the time?",
}: {
  competency: Competency;
  levels: number[];
  labels: FrameworkLabels;
  value: number | null;
  onChange: (level: number) => void;
  /** The question above the levels; the default speaks to someone rating themself. */
  question?: string;
}) {
  return (
    <fieldset className="level-choice">
      <legend>{question}</legend>
      {levels.map((level) => {
        const id = `level-${competency.id}-${level}`;
        return (
          <div key={level} className={value === level ? "level-option is-chosen" : "level-option"}>
            <input
              type="radio"
              id={id}
              name={`level-${competency.id}`}
              value={level}
              checked={value === level}
              onChange={() => onChange(level)}
            />
            <label htmlFor={id}>
              <span className="level-name">{labels.level(level)}</span>
              <span className="level-text">
                <LevelCriteria criteria={labels.criteria(competency.id, level)} />
              </span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
