import type { BackgroundFact } from "../../framework/schema.ts";
import type { Background } from "../types.ts";

function years(count: number, what: string): string {
  return `${count} ${count === 1 ? "year" : "years"} ${what}`;
}

const phrases: Record<BackgroundFact, (background: Background) => string> = {
  yearsExperience: (b) => years(b.yearsExperience, "of work experience"),
  yearsInProduct: (b) => years(b.yearsInProduct ?? 0, "as a product manager"),
  yearsInProductAdjacent: (b) => years(b.yearsInProductAdjacent, "in work close to product"),
  domainExpertise: () => "deep domain expertise",
  startupExperience: () => "startup experience",
  peopleLeadership: () => "experience leading people",
  newGraduate: () => "a recent degree",
  internalTransfer: () => "knowing the company from another team",
  bootcamp: () => "a product course or bootcamp",
};

// The order a PM would tell the story in: product years first, then the rest of the career.
const storyOrder: readonly BackgroundFact[] = [
  "yearsInProduct",
  "yearsExperience",
  "yearsInProductAdjacent",
  "domainExpertise",
  "startupExperience",
  "peopleLeadership",
  "newGraduate",
  "internalTransfer",
  "bootcamp",
];

/**
 * The background facts that count for a placement, each said once from the person's own
 * numbers (never the route's thresholds), in the order a PM would tell them.
 *
 * @example describeBackground(["yearsExperience", "domainExpertise"], background) // ["10 years of work experience", "deep domain expertise"]
 */
export function describeBackground(
  facts: readonly BackgroundFact[],
  background: Background,
): string[] {
  const wanted = new Set(facts);
  const career = careerYears(wanted, background);
  if (career) for (const fact of career.covers) wanted.delete(fact);
  const words = storyOrder
    .filter((fact) => wanted.has(fact))
    .map((fact) => phrases[fact](background));
  return career ? [career.words, ...words] : words;
}

// Product or product-adjacent years inside the whole career are said together, once:
// "10 years of work experience, 6 of them as a product manager".
function careerYears(
  wanted: ReadonlySet<BackgroundFact>,
  background: Background,
): { words: string; covers: BackgroundFact[] } | null {
  if (!wanted.has("yearsExperience")) return null;
  const total = background.yearsExperience;
  const whole = years(total, "of work experience");
  const parts: [BackgroundFact, number, string][] = [
    ["yearsInProduct", background.yearsInProduct ?? 0, "as a product manager"],
    ["yearsInProductAdjacent", background.yearsInProductAdjacent, "close to product"],
  ];
  for (const [fact, count, what] of parts) {
    if (!wanted.has(fact) || count <= 0 || count > total) continue;
    const share = count === total ? `all ${what}` : `${count} of them ${what}`;
    return { words: `${whole}, ${share}`, covers: ["yearsExperience", fact] };
  }
  return null;
}
