import type { RoleFit } from "../api/types.ts";

/** How far a person is from what their own role expects on one competency. */
export type RoleGapKind = "meets" | "one-short" | "more-short" | "not-rated" | "not-expected";

/** A heatmap cell: its kind and the words it says (colour is never the only cue). */
export interface RoleGapCell {
  kind: RoleGapKind;
  words: string;
}

const words: Record<RoleGapKind, string> = {
  meets: "Meets",
  "one-short": "Up to a level short",
  "more-short": "More than a level short",
  "not-rated": "Not rated yet",
  "not-expected": "Not expected",
};

// Same tolerance as the engine: 2.9999999999 is still one level short of 4, not more.
const tolerance = 1e-9;

/**
 * One competency's cell for a person, read from the engine's fit for the role they hold: meets
 * the expectation, up to a level short, more than a level short, not rated yet, or not expected
 * in that role (or no role is known).
 *
 * @example roleGapCell(fitForCurrentRole, "strategy") // { kind: "one-short", words: "Up to a level short" }
 */
export function roleGapCell(fit: RoleFit | null, competency: string): RoleGapCell {
  const cell = (kind: RoleGapKind): RoleGapCell => ({ kind, words: words[kind] });
  if (!fit) return cell("not-expected");
  if (fit.unknown.includes(competency)) return cell("not-rated");
  const gap = fit.gaps.find((entry) => entry.competency === competency);
  if (gap) {
    if (gap.actual === null) return cell("not-rated");
    return cell(gap.shortfall > 1 + tolerance ? "more-short" : "one-short");
  }
  if (fit.strengths.some((entry) => entry.competency === competency)) return cell("meets");
  return cell("not-expected");
}
