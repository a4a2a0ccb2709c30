import type { BackgroundFact, Condition, ConditionSet } from "../../framework/schema.ts";
import type { Background } from "../types.ts";

/** Whether a set of background conditions holds, with each condition described in plain words. */
export interface ConditionMatch {
  matched: boolean;
  /** Conditions that hold, e.g. "domain expertise" or "6 years of experience (at least 5)". */
  met: string[];
  /** Conditions that do not hold, e.g. "no startup experience". */
  unmet: string[];
  /** The facts behind the conditions that hold, each once, in the order they were tested. */
  metFacts: BackgroundFact[];
}

const factWords: Record<BackgroundFact, string> = {
  yearsExperience: "years of experience",
  yearsInProduct: "years as a product manager",
  yearsInProductAdjacent: "years in product-adjacent work",
  domainExpertise: "domain expertise",
  startupExperience: "startup experience",
  peopleLeadership: "people leadership outside product",
  newGraduate: "graduating recently",
  internalTransfer: "moving in from another team in the company",
  bootcamp: "a product bootcamp",
};

const missingWords: Record<BackgroundFact, string> = {
  yearsExperience: "no years of experience",
  yearsInProduct: "no years as a product manager",
  yearsInProductAdjacent: "no years in product-adjacent work",
  domainExpertise: "no domain expertise",
  startupExperience: "no startup experience",
  peopleLeadership: "no people leadership outside product",
  newGraduate: "not a new graduate",
  internalTransfer: "not an internal transfer",
  bootcamp: "no product bootcamp",
};

const numberFacts: ReadonlySet<BackgroundFact> = new Set([
  "yearsExperience",
  "yearsInProduct",
  "yearsInProductAdjacent",
]);

function factValue(background: Background, fact: BackgroundFact): number | boolean {
  // Years not given (e.g. stored before the fact existed) count as none, not as "no".
  return background[fact] ?? (numberFacts.has(fact) ? 0 : false);
}

function bounds(condition: Condition): string {
  const parts: string[] = [];
  if (condition.atLeast !== undefined) parts.push(`at least ${condition.atLeast}`);
  if (condition.atMost !== undefined) parts.push(`at most ${condition.atMost}`);
  return parts.length > 0 ? ` (needs ${parts.join(" and ")})` : "";
}

/** Tests one condition: a yes/no fact holds when true; a number must lie within its bounds. */
export function matchCondition(
  condition: Condition,
  background: Background,
): { holds: boolean; words: string; requirement: string } {
  const value = factValue(background, condition.fact);
  const name = factWords[condition.fact];
  if (typeof value === "boolean") {
    const holds =
      condition.atLeast !== undefined || condition.atMost !== undefined
        ? matchNumber(value ? 1 : 0, condition)
        : value;
    return { holds, words: holds ? name : missingWords[condition.fact], requirement: name };
  }
  const holds =
    condition.atLeast === undefined && condition.atMost === undefined
      ? value > 0
      : matchNumber(value, condition);
  const unit = value === 1 ? name.replace("years", "year") : name;
  const range = bounds(condition);
  return { holds, words: `${value} ${unit}${range}`, requirement: `${name}${range}` };
}

function matchNumber(value: number, condition: Condition): boolean {
  if (condition.atLeast !== undefined && value < condition.atLeast) return false;
  if (condition.atMost !== undefined && value > condition.atMost) return false;
  return true;
}

/**
 * Tests a condition set against a background: every `all` condition must hold and, when `any`
 * is non-empty, at least one of `any`.
 *
 * @example matchConditions({ all: [{ fact: "newGraduate" }], any: [] }, background).matched
 */
export function matchConditions(
  set: ConditionSet | undefined,
  background: Background,
): ConditionMatch {
  const met: string[] = [];
  const unmet: string[] = [];
  const metFacts: BackgroundFact[] = [];
  const held = (fact: BackgroundFact) => {
    if (!metFacts.includes(fact)) metFacts.push(fact);
  };
  let matched = true;
  for (const condition of set?.all ?? []) {
    const result = matchCondition(condition, background);
    (result.holds ? met : unmet).push(result.words);
    if (result.holds) held(condition.fact);
    else matched = false;
  }
  const any = set?.any ?? [];
  if (any.length > 0) {
    const results = any.map((condition) => matchCondition(condition, background));
    if (!results.some((result) => result.holds)) {
      matched = false;
      unmet.push(`it needs one of: ${results.map((result) => result.requirement).join(", ")}`);
    }
    results.forEach((result, index) => {
      if (!result.holds) return;
      met.push(result.words);
      held((any[index] as Condition).fact);
    });
  }
  return { matched, met, unmet, metFacts };
}
