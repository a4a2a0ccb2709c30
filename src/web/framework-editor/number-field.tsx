import { useEffect, useId, useRef, useState } from "react";
import type { DraftIssue } from "../api/types.ts";
import { FieldIssues } from "./field-issues.tsx";
import { issuesAt } from "./issues-at.ts";
import { optionalNumber } from "./optional-text.ts";

/** Props of {@link NumberField}. */
export interface NumberFieldProps {
  label: string;
  value: number | undefined;
  /** A blank field reports `undefined`. */
  onChange: (value: number | undefined) => void;
  /** The field's path in the draft, to show its problems beside it. */
  path: string;
  issues: readonly DraftIssue[];
  hint?: string;
  min?: number;
  step?: number;
}

/** A labelled number input of the editor, with its problems beside it. */
export function NumberField({
  label,
  value,
  onChange,
  path,
  issues,
  hint,
  min = 0,
  step = 1,
}: NumberFieldProps) {
  const id = useId();
  const own = issuesAt(issues, path);
  const [text, setText] = useState(value === undefined ? "" : String(value));
  // Whether the latest change of `value` came from typing here rather than from elsewhere.
  const typed = useRef(false);
  // Show a number changed elsewhere (another item picked, a reload); keep what is typed, even a
  // blank field that the draft records as some number.
  useEffect(() => {
    const fromHere = typed.current;
    typed.current = false;
    setText((shown) =>
      optionalNumber(shown) === value || (fromHere && shown.trim() === "")
        ? shown
        : (value?.toString() ?? ""),
    );
  }, [value]);
  const describedBy = [hint ? `${id}-hint` : "", own.length > 0 ? `${id}-issues` : ""]
    .join(" ")
    .trim();
  return (
    <div className="field field-number">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        type="number"
        min={min}
        step={step}
        value={text}
        aria-invalid={own.some((issue) => issue.severity === "problem") || undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => {
          typed.current = true;
          setText(event.target.value);
          onChange(optionalNumber(event.target.value));
        }}
      />
      <FieldIssues id={`${id}-issues`} issues={own} />
    </div>
  );
}
