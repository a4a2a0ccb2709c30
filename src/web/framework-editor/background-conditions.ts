import type { Framework } from "../api/types.ts";

/** One test of an entry route on a newcomer's background. */
export type Condition = Framework["entryRoutes"][number]["when"]["all"][number];
/** Conditions that must all hold, and of which at least one must hold. */
export type ConditionSet = Framework["entryRoutes"][number]["when"];
/** A fact about a newcomer's background. */
export type BackgroundFact = Condition["fact"];

/** Each background fact as the editor names it, in the order it offers them. */
export const backgroundFactLabels: Readonly<Record<BackgroundFact, string>> = {
  yearsExperience: "Years of work experience",
  yearsInProduct: "Years as a product manager",
  yearsInProductAdjacent: "Years in product-adjacent work",
  domainExpertise: "Has deep domain expertise",
  startupExperience: "Has startup experience",
  peopleLeadership: "Has led people outside product",
  newGraduate: "Graduated recently",
  internalTransfer: "Moves in from another team in the company",
  bootcamp: "Took a product course or bootcamp",
};

/** The facts counted in years; the rest are yes or no. */
export function countsYears(fact: BackgroundFact): boolean {
  return (
    fact === "yearsExperience" || fact === "yearsInProduct" || fact === "yearsInProductAdjacent"
  );
}

/**
 * A condition on another fact: a yes/no fact drops the year bounds that only a count of years
 * can have.
 *
 * @example withFact({ fact: "yearsInProduct", atLeast: 3 }, "bootcamp") // { fact: "bootcamp" }
 */
export function withFact(condition: Condition, fact: BackgroundFact): Condition {
  if (countsYears(fact)) return { ...condition, fact };
  return { fact };
}

/** A condition to start from when the admin adds one. */
export const newCondition: Condition = { fact: "yearsExperience", atLeast: 1 };

/**
 * A role's extra conditions, left out when there are none, as the framework file would have it.
 *
 * @example extraConditions({ all: [], any: [] }) // undefined
 */
export function extraConditions(set: ConditionSet): ConditionSet | undefined {
  return set.all.length === 0 && set.any.length === 0 ? undefined : set;
}
