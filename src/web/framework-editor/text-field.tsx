import { useId } from "react";
import type { DraftIssue } from "../api/types.ts";
import { FieldIssues } from "./field-issues.tsx";
import { issuesAt } from "./issues-at.ts";

/** Props of {@link TextField}. */
export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The field's path in the draft, to show its problems beside it. */
  path: string;
  issues: readonly DraftIssue[];
  multiline?: boolean;
  hint?: string;
}

/** A labelled text input (or text area) of the editor, with its problems beside it. */
export function TextField({
  label,
  value,
  onChange,
  path,
  issues,
  multiline,
  hint,
}: TextFieldProps) {
  const id = useId();
  const own = issuesAt(issues, path);
  const describedBy = [hint ? `${id}-hint` : "", own.length > 0 ? `${id}-issues` : ""]
    .join(" ")
    .trim();
  const common = {
    id,
    value,
    "aria-invalid": own.some((issue) => issue.severity === "problem") || undefined,
    "aria-describedby": describedBy || undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea rows={3} {...common} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input type="text" {...common} onChange={(event) => onChange(event.target.value)} />
      )}
      <FieldIssues id={`${id}-issues`} issues={own} />
    </div>
  );
}
