import { useEffect, useId, useState } from "react";
import { DraftMap } from "./draft-map.tsx";
import { DraftMapMoves } from "./draft-map-moves.tsx";
import { suggestMove } from "./suggest-move.ts";
import { moveFieldId, TransitionTable } from "./transition-table.tsx";
import type { DraftEditing } from "./use-framework-draft.ts";

/**
 * The transitions of a draft on the career map and as a list: choose a role on the map to see its
 * moves, open a move in the list to edit its roles, kind, typical duration and notes, and add
 * moves from the map or the list.
 */
export function TransitionsEditor({ draft }: { draft: DraftEditing }) {
  const { document: framework, edit } = draft;
  const transitions = framework.transitions;
  const idPrefix = useId();
  const [role, setRole] = useState<string | null>(null);
  // A counter with the index, so choosing the same move twice focuses it again.
  const [chosen, setChosen] = useState<{ index: number; times: number } | null>(null);
  useEffect(() => {
    if (chosen) document.getElementById(moveFieldId(idPrefix, chosen.index, "to"))?.focus();
  }, [chosen, idPrefix]);
  const chooseMove = (index: number) =>
    setChosen((now) => ({ index, times: (now?.times ?? 0) + 1 }));
  const addMove = (from: string) => {
    edit({ ...framework, transitions: [...transitions, suggestMove(framework, from)] });
    chooseMove(transitions.length);
  };
  return (
    <div className="editor-section-body">
      <h3>On the career map</h3>
      <DraftMap
        framework={framework}
        chosenRole={role}
        onChooseRole={setRole}
        onChooseMove={chooseMove}
      />
      <DraftMapMoves
        framework={framework}
        roleId={role}
        onChooseMove={chooseMove}
        onAddMove={addMove}
      />
      <h3>As a list</h3>
      <TransitionTable draft={draft} idPrefix={idPrefix} chosen={chosen?.index ?? null} />
      <button
        type="button"
        className="button"
        onClick={() => addMove(framework.roles[0]?.id ?? "")}
      >
        Add a transition
      </button>
    </div>
  );
}
