import type { Framework, Role, Transition } from "../api/types.ts";

/** The kind a move between two roles most likely is, from their tracks and ranks. */
function likelyKind(from: Role | undefined, to: Role): Transition["kind"] {
  if (!from || from.track === "adjacent") return "lateral";
  if (to.track === "adjacent") return "pivot";
  if (to.track !== from.track) return "track-switch";
  if (to.rank === from.rank + 1) return "promotion";
  return to.rank > from.rank ? "skip" : "lateral";
}

/**
 * A first guess at a new move from a role, for the admin to adjust: to a role it has no move to
 * yet, preferring the next rank on its track, then a more senior role on it, then a role on
 * another track, then a more junior one.
 *
 * @example suggestMove(framework, "pm") // { from: "pm", to: "senior-pm", kind: "promotion" }
 */
export function suggestMove(
  framework: Pick<Framework, "roles" | "transitions">,
  from: string,
): Transition {
  const role = framework.roles.find((candidate) => candidate.id === from);
  const taken = new Set(framework.transitions.filter((t) => t.from === from).map((t) => t.to));
  const open = framework.roles.filter((other) => other.id !== from && !taken.has(other.id));
  // Up the same track first (nearest rank first), then another track, then down the same track.
  const preference = (other: Role) => {
    if (!role || other.track !== role.track) return 100;
    return other.rank > role.rank ? other.rank - role.rank : 200;
  };
  const to = open.reduce<Role | undefined>(
    (best, other) => (best && preference(best) <= preference(other) ? best : other),
    undefined,
  );
  if (!to) return { from, to: from, kind: "lateral" };
  return { from, to: to.id, kind: likelyKind(role, to) };
}
