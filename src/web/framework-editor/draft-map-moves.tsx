import type { Framework } from "../api/types.ts";
import { describeMove } from "./describe-move.ts";

/**
 * The moves from and into the role chosen on the draft's map, each a button that opens it in
 * the list, and the way to add a move from that role.
 */
export function DraftMapMoves({
  framework,
  roleId,
  onChooseMove,
  onAddMove,
}: {
  framework: Framework;
  roleId: string | null;
  onChooseMove: (index: number) => void;
  onAddMove: (from: string) => void;
}) {
  const role = framework.roles.find((candidate) => candidate.id === roleId);
  if (!role) {
    return (
      <p className="meta">
        Choose a role on the map to see the moves from and into it, and to add a move from it.
      </p>
    );
  }
  const titles = new Map(framework.roles.map((other) => [other.id, other.title || other.id]));
  const titleOf = (id: string) => titles.get(id) ?? id;
  const moves = framework.transitions
    .map((transition, index) => ({ transition, index }))
    .filter(({ transition }) => transition.from === role.id || transition.to === role.id);
  return (
    <section className="editor-map-moves" aria-labelledby="editor-map-moves-title">
      <h4 id="editor-map-moves-title">Moves from and into {role.title || role.id}</h4>
      {moves.length === 0 ? (
        <p className="meta">No moves lead on from or into this role yet.</p>
      ) : (
        <ul>
          {moves.map(({ transition, index }) => (
            <li key={index}>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => onChooseMove(index)}
              >
                {describeMove(transition, titleOf)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={() => onAddMove(role.id)}>
        Add a move from here
      </button>
    </section>
  );
}
