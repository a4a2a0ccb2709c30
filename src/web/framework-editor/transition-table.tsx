import type { Framework, TransitionKind } from "../api/types.ts";
import { transitionKindInfo, transitionKindOrder } from "../career-map/transition-kinds.ts";
import { ScrollRegion } from "../team/scroll-region.tsx";
import { editDuration } from "./edit-duration.ts";
import { FieldIssues } from "./field-issues.tsx";
import { issuesAt } from "./issues-at.ts";
import { optionalNumber, optionalText } from "./optional-text.ts";
import { replaceAt } from "./replace-at.ts";
import type { DraftEditing } from "./use-framework-draft.ts";

type Transition = Framework["transitions"][number];

/** The id of one field of one move in the table, so the map can bring it into focus. */
export function moveFieldId(prefix: string, index: number, field: "from" | "to"): string {
  return `${prefix}-move-${index}-${field}`;
}

/**
 * The transitions of a draft as a table: from, to, kind, the typical duration (context, never a
 * deadline) and notes; remove a move. The chosen move is marked.
 */
export function TransitionTable({
  draft,
  idPrefix,
  chosen,
}: {
  draft: DraftEditing;
  idPrefix: string;
  chosen: number | null;
}) {
  const { document, issues, edit } = draft;
  const transitions = document.transitions;
  const set = (index: number, transition: Transition) =>
    edit({ ...document, transitions: replaceAt(transitions, index, transition) });
  const roleOptions = document.roles.map((role, at) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: two roles may share an id while it is being edited.
    <option key={at} value={role.id}>
      {role.title || role.id}
    </option>
  ));
  return (
    <ScrollRegion label="Transitions, scrolls sideways">
      <table className="transitions-table">
        <caption className="visually-hidden">Every move between roles</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Kind</th>
            <th scope="col">Typically, in years</th>
            <th scope="col">Notes</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {transitions.map((transition, index) => {
            const name = `Move ${index + 1}`;
            const own = issuesAt(issues, `transitions.${index}`).filter(
              (issue) => !issue.path.startsWith(`transitions.${index}.notes`),
            );
            const noteIssues = issuesAt(issues, `transitions.${index}.notes`);
            const duration = transition.typicalDuration;
            const years = (side: "minYears" | "maxYears", text: string) =>
              set(index, {
                ...transition,
                typicalDuration: editDuration(duration, side, optionalNumber(text)),
              });
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: moves are edited in place by position; keying by their roles would drop focus on every change.
              <tr key={index} className={chosen === index ? "is-chosen" : undefined}>
                <td>
                  <select
                    id={moveFieldId(idPrefix, index, "from")}
                    aria-label={`${name}: from`}
                    value={transition.from}
                    onChange={(event) => set(index, { ...transition, from: event.target.value })}
                  >
                    {roleOptions}
                  </select>
                </td>
                <td>
                  <select
                    id={moveFieldId(idPrefix, index, "to")}
                    aria-label={`${name}: to`}
                    aria-describedby={
                      own.length > 0 ? `${idPrefix}-move-${index}-issues` : undefined
                    }
                    value={transition.to}
                    onChange={(event) => set(index, { ...transition, to: event.target.value })}
                  >
                    {roleOptions}
                  </select>
                  <FieldIssues id={`${idPrefix}-move-${index}-issues`} issues={own} />
                </td>
                <td>
                  <select
                    aria-label={`${name}: kind`}
                    value={transition.kind}
                    onChange={(event) =>
                      set(index, { ...transition, kind: event.target.value as TransitionKind })
                    }
                  >
                    {transitionKindOrder.map((kind) => (
                      <option key={kind} value={kind}>
                        {transitionKindInfo[kind].label}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="transition-years">
                  <input
                    type="number"
                    min={0}
                    step={0.5}
                    aria-label={`${name}: at least, in years`}
                    value={duration?.minYears ?? ""}
                    onChange={(event) => years("minYears", event.target.value)}
                  />
                  to
                  <input
                    type="number"
                    min={0}
                    step={0.5}
                    aria-label={`${name}: at most, in years`}
                    value={duration?.maxYears ?? ""}
                    onChange={(event) => years("maxYears", event.target.value)}
                  />
                </td>
                <td>
                  <input
                    type="text"
                    aria-label={`${name}: notes`}
                    aria-invalid={noteIssues.length > 0 || undefined}
                    aria-describedby={
                      noteIssues.length > 0 ? `${idPrefix}-move-${index}-note-issues` : undefined
                    }
                    value={transition.notes ?? ""}
                    onChange={(event) =>
                      set(index, { ...transition, notes: optionalText(event.target.value) })
                    }
                  />
                  <FieldIssues id={`${idPrefix}-move-${index}-note-issues`} issues={noteIssues} />
                </td>
                <td>
                  <button
                    type="button"
                    className="button button-quiet"
                    onClick={() =>
                      edit({ ...document, transitions: transitions.filter((_, i) => i !== index) })
                    }
                  >
                    Remove <span className="visually-hidden">{name}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
