import { moveKindWords } from "../../framework/transition-kind-words.ts";
import type { TransitionKind } from "../api/types.ts";

/** How each kind of transition is named and described on the map and in its legend. */
export const transitionKindInfo: Readonly<
  Record<TransitionKind, { label: string; description: string }>
> = moveKindWords;

/** The kinds in the order the legend lists them. */
export const transitionKindOrder: TransitionKind[] = [
  "promotion",
  "track-switch",
  "lateral",
  "skip",
  "pivot",
];
