import type { TrackId } from "../api/types.ts";

/** Which paths to show: every path, or those leading to one track. */
export type TrackFilterValue = TrackId | "all";

const options: { value: TrackFilterValue; label: string }[] = [
  { value: "all", label: "All" },
  { value: "management", label: "Management" },
  { value: "ic", label: "IC" },
  { value: "adjacent", label: "Adjacent" },
];

/** A radio group that filters paths by the track of the role they lead to. */
export function TrackFilter({
  value,
  onChange,
}: {
  value: TrackFilterValue;
  onChange: (value: TrackFilterValue) => void;
}) {
  return (
    <fieldset className="track-filter">
      <legend>Show paths towards</legend>
      {options.map((option) => (
        <label key={option.value} className={value === option.value ? "is-chosen" : undefined}>
          <input
            type="radio"
            name="track-filter"
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
