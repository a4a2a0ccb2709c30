import type { Readiness } from "./types.ts";

/** Joins words as a person would write them: "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** A proficiency as shown to people: whole levels plain, others with one decimal. */
export function formatLevel(level: number): string {
  const rounded = Math.round(level * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

// biome-ignore format: one list of words reads best on one line.
const smallCounts = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

/** A count in words ("three") up to twenty, as people say them; larger ones as digits. */
export function countWord(count: number): string {
  return smallCounts[count] ?? String(count);
}

/** How far short something is, in words: "a little", "half a level", "one level", "three and a half levels". */
export function shortfallWords(shortfall: number): string {
  const halves = Math.round(shortfall * 2);
  if (halves === 0) return "a little";
  if (halves === 1) return "half a level";
  const whole = Math.floor(halves / 2);
  const half = halves % 2 === 1 ? " and a half" : "";
  return `${countWord(whole)}${half} level${whole === 1 && half === "" ? "" : "s"}`;
}

/** Names a few items and counts the rest: "a, b, c and two more". */
export function listSome(words: readonly string[], most = 3): string {
  if (words.length <= most) return joinWords(words);
  return `${words.slice(0, most).join(", ")} and ${countWord(words.length - most)} more`;
}

/** "is" or "are" to agree with a list of names. */
export function isAre(words: readonly unknown[]): string {
  return words.length === 1 ? "is" : "are";
}

/** Upper-cases the first letter of a sentence. */
export function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** How each readiness reads wherever it is shown: "Ready", "Close", "A stretch". */
export const readinessWords: Record<Readiness, string> = {
  ready: "Ready",
  close: "Close",
  stretch: "A stretch",
};
