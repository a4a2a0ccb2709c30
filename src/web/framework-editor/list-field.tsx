import { useEffect, useState } from "react";
import type { DraftIssue } from "../api/types.ts";
import { TextField } from "./text-field.tsx";

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/**
 * A list of short texts edited as lines of a text area, one item a line; blank lines are left out
 * of the list but kept on screen while typing.
 */
export function ListField(props: {
  label: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  path: string;
  issues: readonly DraftIssue[];
}) {
  const { value, onChange } = props;
  const [text, setText] = useState(value.join("\n"));
  // Another part of the editor (or a reload) changed the list: show it.
  useEffect(() => {
    setText((shown) => (lines(shown).join("\n") === value.join("\n") ? shown : value.join("\n")));
  }, [value]);
  return (
    <TextField
      {...props}
      multiline
      hint="One a line."
      value={text}
      onChange={(next) => {
        setText(next);
        onChange(lines(next));
      }}
    />
  );
}
