import { useId } from "react";

/**
 * The list a section of the editor picks its item from (a role, a competency), by position so an
 * item whose id or name is being edited stays picked.
 */
export function ItemPicker({
  label,
  names,
  index,
  onPick,
}: {
  label: string;
  /** Each item's name as the list shows it, in order. */
  names: readonly string[];
  index: number;
  onPick: (index: number) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={index} onChange={(event) => onPick(Number(event.target.value))}>
        {names.map((name, at) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: items are picked by position, so two items may share a name while being edited.
          <option key={at} value={at}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
