import type { CycleAlignment } from "../api/types.ts";
import type { FrameworkLabels } from "../lib/framework-labels.ts";

type Item = CycleAlignment["conversation"]["items"][number];

function View({ who, view }: { who: string; view: Item["self"] }) {
  return (
    <div className="alignment-view">
      <h4>{who}</h4>
      {view ? (
        <>
          <p className="alignment-level">Level {view.level}</p>
          {view.note ? <p>{view.note}</p> : <p className="meta">No note.</p>}
        </>
      ) : (
        <p className="meta">Not rated yet.</p>
      )}
    </div>
  );
}

/**
 * One competency of the alignment conversation: both views side by side with their notes, the
 * evidence shared for it, and the level agreed when there is one.
 */
export function AlignmentItemCard({
  item,
  labels,
  names,
}: {
  item: Item;
  labels: FrameworkLabels;
  names: { self: string; manager: string };
}) {
  return (
    <li className={item.misaligned ? "alignment-item is-misaligned" : "alignment-item"}>
      <h3>{labels.competency(item.competency)}</h3>
      <p>
        {item.words}
        {item.agreedLevel !== null ? ` Agreed: level ${item.agreedLevel}.` : ""}
      </p>
      <div className="alignment-views">
        <View who={names.self} view={item.self} />
        <View who={names.manager} view={item.manager} />
      </div>
      {item.evidence.length > 0 ? (
        <details>
          <summary>Evidence shared ({item.evidence.length})</summary>
          <ul>
            {item.evidence.map((entry) => (
              <li key={entry.id}>
                {entry.title} <span className="meta">({entry.date})</span>
                {entry.outcome ? ` — ${entry.outcome}` : ""}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}
