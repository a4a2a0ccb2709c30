import type { Transition } from "./schema.ts";

/** The fields of a transition a lookup needs: any framework shape (parsed, or as the API sends it). */
type TransitionLike = Pick<Transition, "from" | "to" | "kind"> & { notes?: string | undefined };

/**
 * The framework's move from one role to another, if it has one: a promotion before any other
 * kind, so the usual step's note is the one shown.
 *
 * @example findTransition(framework, "pm", "senior-pm")?.notes // "Comes with owning outcomes, …"
 */
export function findTransition<T extends TransitionLike>(
  framework: { transitions: readonly T[] },
  from: string | null,
  to: string,
): T | undefined {
  if (from === null) return undefined;
  const moves = framework.transitions.filter((move) => move.from === from && move.to === to);
  return moves.find((move) => move.kind === "promotion") ?? moves[0];
}
