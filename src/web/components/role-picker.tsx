import { useId } from "react";
import type { Framework } from "../api/types.ts";

/** A labelled select of every role, grouped by track. */
export function RolePicker({
  framework,
  label,
  value,
  onChange,
}: {
  framework: Framework;
  label: string;
  value: string;
  onChange: (roleId: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Choose a role</option>
        {framework.tracks.map((track) => (
          <optgroup key={track.id} label={track.name}>
            {framework.roles
              .filter((role) => role.track === track.id)
              .map((role) => (
                <option key={role.id} value={role.id}>
                  {role.title}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
