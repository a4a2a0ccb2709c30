import type { PackedLevels } from "../../engine/analytics/scan-from-aggregates.ts";

const whitespace = new Set([" ", "\n", "\r", "\t", ","]);

/**
 * Reads the levels text of `readAnalyticsAggregateTexts` (`[[levels], compared, aligned]` or null
 * per person, levels 0 when unrated) into one typed array of `people × size` levels, NaN when
 * unknown, with the agreement counts summed: a scan over the text that builds no array per
 * person, so 100,000 people cost one allocation.
 *
 * @example readPackedLevels("[[[2,0],1,1], null]", 2, 2).values // [2, NaN, NaN, NaN]
 */
export function readPackedLevels(text: string, people: number, size: number): PackedLevels {
  const values = new Float64Array(people * size).fill(Number.NaN);
  let compared = 0;
  let aligned = 0;
  let at = text.indexOf("[") + 1;
  const skip = () => {
    while (whitespace.has(text[at] as string)) at++;
  };
  const number = () => {
    skip();
    const from = at;
    while (at < text.length && !whitespace.has(text[at] as string) && text[at] !== "]") at++;
    return Number(text.slice(from, at));
  };
  for (let p = 0; ; p++) {
    skip();
    const char = text[at];
    if (char === undefined || char === "]") break;
    if (char === "n") {
      at += 4;
      continue;
    }
    // `[[l1, l2, …], compared, aligned]`
    at = text.indexOf("[", at + 1) + 1;
    for (let c = 0; ; c++) {
      skip();
      if (text[at] === "]") break;
      const level = number();
      if (p < people && c < size && level > 0) values[p * size + c] = level;
    }
    at++;
    compared += number();
    aligned += number();
    skip();
    at++;
  }
  return { values, compared, aligned };
}
