import type { RoleRemoval } from "./remove-role.ts";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const list = (names: readonly string[]) => names.join(", ");

/**
 * What goes with a role removed from the draft, in plain words: its moves, where entry routes
 * stop leading, its expectations, what is then left to fix, and what happens to its holders.
 */
export function RoleRemovalWords({ removal, held }: { removal: RoleRemoval; held: boolean }) {
  return (
    <ul>
      <li>
        {removal.moves === 0
          ? "No move leads to or from it."
          : `Its ${count(removal.moves, "move", "moves")} to and from other roles go with it.`}
      </li>
      {removal.landings.length > 0 ? (
        <li>These entry routes stop leading into it: {list(removal.landings)}.</li>
      ) : null}
      <li>
        {removal.expectations === 0
          ? "It expects no competency yet."
          : `Its expectations of ${count(removal.expectations, "competency", "competencies")} go with it.`}
      </li>
      {removal.emptiedRoutes.length > 0 ? (
        <li>
          Then {list(removal.emptiedRoutes)} would lead into no role: choose another role for{" "}
          {removal.emptiedRoutes.length === 1 ? "it" : "them"} under Entry routes.
        </li>
      ) : null}
      {removal.cutOff.length > 0 ? (
        <li>
          Then nobody could reach {list(removal.cutOff)}: add a move into{" "}
          {removal.cutOff.length === 1 ? "it" : "them"} under Transitions.
        </li>
      ) : null}
      <li>
        {held
          ? "People who hold it keep it until this draft is published; before publishing, you choose the role each of them moves to."
          : "Nobody holds it yet: it is new in this draft."}
      </li>
    </ul>
  );
}
