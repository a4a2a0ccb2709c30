import { useId } from "react";
import type { DraftIssue } from "../api/types.ts";
import { FieldIssues } from "./field-issues.tsx";
import { issuesAt } from "./issues-at.ts";

/** Props of {@link SelectField}. */
export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  /** The field's path in the draft, to show its problems beside it. */
  path: string;
  issues: readonly DraftIssue[];
  hint?: string;
}

/** A labelled choice of the editor, with its problems beside it. */
export function SelectField({
  label,
  value,
  options,
  onChange,
  path,
  issues,
  hint,
}: SelectFieldProps) {
  const id = useId();
  const own = issuesAt(issues, path);
  const describedBy = [hint ? `${id}-hint` : "", own.length > 0 ? `${id}-issues` : ""]
    .join(" ")
    .trim();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        value={value}
        aria-invalid={own.some((issue) => issue.severity === "problem") || undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldIssues id={`${id}-issues`} issues={own} />
    </div>
  );
}
