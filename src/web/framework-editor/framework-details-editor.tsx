import type { Framework } from "../api/types.ts";
import { NumberField } from "./number-field.tsx";
import { optionalText } from "./optional-text.ts";
import { TextField } from "./text-field.tsx";
import type { DraftEditing } from "./use-framework-draft.ts";

type Span = NonNullable<Framework["spanOfControl"]>;

/** A healthy span of control after one bound changed; clearing either leaves the guideline out. */
function editSpan(span: Span | undefined, side: keyof Span, value: number | undefined) {
  if (value === undefined) return undefined;
  return side === "min"
    ? { min: value, max: span?.max ?? value }
    : { min: span?.min ?? value, max: value };
}

/** The framework as a whole: its name, its description and the healthy span of control. */
export function FrameworkDetailsEditor({ draft }: { draft: DraftEditing }) {
  const { document, issues, edit } = draft;
  const span = document.spanOfControl;
  const setSpan = (side: keyof Span, value: number | undefined) =>
    edit({ ...document, spanOfControl: editSpan(span, side, value) });
  return (
    <div className="editor-section-body">
      <TextField
        label="Framework name"
        value={document.name}
        onChange={(name) => edit({ ...document, name })}
        path="name"
        issues={issues}
      />
      <TextField
        label="Framework description"
        multiline
        value={document.description ?? ""}
        onChange={(text) => edit({ ...document, description: optionalText(text) })}
        path="description"
        issues={issues}
      />
      <fieldset className="editor-fieldset">
        <legend>Healthy number of direct reports for a manager</legend>
        <p className="field-hint">
          Team views compare managers with this guideline. Clearing either number leaves it out.
        </p>
        <NumberField
          label="At least"
          min={1}
          value={span?.min}
          onChange={(value) => setSpan("min", value)}
          path="spanOfControl.min"
          issues={issues}
        />
        <NumberField
          label="At most"
          min={1}
          value={span?.max}
          onChange={(value) => setSpan("max", value)}
          path="spanOfControl.max"
          issues={issues}
        />
      </fieldset>
    </div>
  );
}
