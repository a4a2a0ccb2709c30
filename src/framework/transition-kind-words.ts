import type { Transition } from "./schema.ts";

/** A move's kind: a framework transition, or entering from outside. */
export type MoveKind = Transition["kind"] | "entry";

/**
 * How each kind of move is named and described to people, on the map, the paths page and in
 * growth reports alike.
 *
 * @example moveKindWords["track-switch"].label // "Track switch"
 */
export const moveKindWords: Readonly<Record<MoveKind, { label: string; description: string }>> = {
  promotion: { label: "Promotion", description: "the next step up the same track" },
  "track-switch": {
    label: "Track switch",
    description: "between the management ladder and the IC track",
  },
  lateral: { label: "Lateral move", description: "a different role of similar scope" },
  skip: { label: "Skip-level move", description: "jumping a level, when scope allows" },
  pivot: { label: "Pivot", description: "into a product-adjacent role" },
  entry: { label: "Entry", description: "joining product from outside" },
};
