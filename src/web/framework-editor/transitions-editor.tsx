import type { Framework, TransitionKind } from "../api/types.ts";
import { transitionKindInfo, transitionKindOrder } from "../career-map/transition-kinds.ts";
import { ScrollRegion } from "../team/scroll-region.tsx";
import { FieldIssues } from "./field-issues.tsx";
import { issuesAt } from "./issues-at.ts";
import { replaceAt } from "./replace-at.ts";
import type { DraftEditing } from "./use-framework-draft.ts";

type Transition = Framework["transitions"][number];

function years(text: string): number {
  const value = Number.parseFloat(text);
  return Number.isFinite(value) ? value : 0;
}

/**
 * The transitions of a draft as a list: from, to, kind and the typical duration (context, never
 * a deadline); add and remove moves.
 */
export function TransitionsEditor({ draft }: { draft: DraftEditing }) {
  const { document, issues, edit } = draft;
  const transitions = document.transitions;
  const set = (index: number, transition: Transition) =>
    edit({ ...document, transitions: replaceAt(transitions, index, transition) });
  const roleOptions = document.roles.map((role) => (
    <option key={role.id} value={role.id}>
      {role.title || role.id}
    </option>
  ));
  return (
    <div className="editor-section-body">
      <ScrollRegion label="Transitions, scrolls sideways">
        <table className="transitions-table">
          <caption className="visually-hidden">Every move between roles</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Kind</th>
              <th scope="col">Typically, in years</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {transitions.map((transition, index) => {
              const name = `Move ${index + 1}`;
              const own = issuesAt(issues, `transitions.${index}`);
              const duration = transition.typicalDuration;
              return (
                <tr key={`${transition.from}-$transition.to-$index`}>
                  <td>
                    <select
                      aria-label={`$name: from`}
                      value={transition.from}
                      onChange={(event) => set(index, { ...transition, from: event.target.value })}
                    >
                      {roleOptions}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={`${name}: to`}
                      value={transition.to}
                      onChange={(event) => set(index, { ...transition, to: event.target.value })}
                    >
                      {roleOptions}
                    </select>
                    <FieldIssues id={`transition-${index}-issues`} issues={own} />
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
                      onChange={(event) =>
                        set(index, {
                          ...transition,
                          typicalDuration: {
                            minYears: years(event.target.value),
                            maxYears: duration?.maxYears ?? years(event.target.value),
                          },
                        })
                      }
                    />
                    to
                    <input
                      type="number"
                      min={0}
                      step={0.5}
                      aria-label={`${name}: at most, in years`}
                      value={duration?.maxYears ?? ""}
                      onChange={(event) =>
                        set(index, {
                          ...transition,
                          typicalDuration: {
                            minYears: duration?.minYears ?? 0,
                            maxYears: years(event.target.value),
                          },
                        })
                      }
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button-quiet"
                      onClick={() =>
                        edit({
                          ...document,
                          transitions: transitions.filter((_, i) => i !== index),
                        })
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
      <button
        type="button"
        className="button"
        onClick={() => {
          const first = document.roles[0]?.id ?? "";
          edit({
            ...document,
            transitions: [...transitions, { from: first, to: first, kind: "promotion" }],
          });
        }}
      >
        Add a transition
      </button>
    </div>
  );
}
