import { type InputHTMLAttributes, useId } from "react";
import { ApiError } from "../api/api-error.ts";

/** Props of {@link FormField}: an input with its label, a hint and the server's error for `path`. */
export interface FormFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint?: string;
  /** The field's path in the request body, to show the server's error for it. */
  path: string;
  error?: unknown;
}

/** A labelled input that shows the server's message and hint when its field was refused. */
export function FormField({ label, hint, path, error, ...input }: FormFieldProps) {
  const id = useId();
  const problem = error instanceof ApiError ? error.fieldError(path) : undefined;
  const describedBy = [hint ? `${id}-hint` : "", problem ? `${id}-error` : ""].join(" ").trim();
  const checkbox = input.type === "checkbox";
  return (
    <div className={checkbox ? "field field-checkbox" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={path}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...input}
      />
      {problem ? (
        <p id={`${id}-error`} className="field-error">
          {problem.message} {problem.hint}
        </p>
      ) : null}
    </div>
  );
}
