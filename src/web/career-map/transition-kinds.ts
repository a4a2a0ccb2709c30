import type { TransitionKind } from "../api/types.ts";

/** How each kind of transition is named and described on the map and in its legend. */
export const transitionKindInfo: Record<TransitionKind, { label: string; description: string }> = {
  promotion: { label: "Promotion", description: "the next step up the same track" },
  "track-switch": {
    label: "Track switch",
    description: "between the management ladder and the IC track",
  },
  lateral: { label: "Lateral move", description: "a different role of similar scope" },
  skip: { label: "Skip-level move", description: "jumping a level, when scope allows" },
  pivot: { label: "Pivot", description: "into a product-adjacent role" },
};

/** The kinds in the order the legend lists them. */
export const transitionKindOrder: TransitionKind[] = [
  "promotion",
  "track-switch",
  "lateral",
  "skip",
  "pivot",
];
