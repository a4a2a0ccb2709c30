import { useEffect, useState } from "react";
import type { DraftIssue } from "../api/types.ts";
import { TextField } from "./text-field.tsx";

/**
 * An id, changed when the field is left (not on every key): a new id moves every reference to it
 * and is recorded in the draft's migration mapping, so people's history follows.
 */
export function IdField(props: {
  label: string;
  value: string;
  onRename: (to: string) => void;
  path: string;
  issues: readonly DraftIssue[];
}) {
  const { value, onRename } = props;
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = () => {
    const to = text.trim();
    if (to !== value && to.length > 0) onRename(to);
    else setText(value);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the wrapper only hears its field's blur and Enter.
    <div
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === "Enter") commit();
      }}
    >
      <TextField
        {...props}
        value={text}
        onChange={setText}
        hint="Lower-case words joined by dashes. A new id is recorded in the draft's migration, so people's history follows."
      />
    </div>
  );
}
