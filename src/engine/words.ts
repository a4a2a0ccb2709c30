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

const halfLevels = ["a little", "half a level", "one level", "one and a half levels", "two levels"];

/** How far short something is, in words: "a little", "half a level", "one level", "2.5 levels". */
export function shortfallWords(shortfall: number): string {
  const halves = Math.round(shortfall * 2);
  return halfLevels[halves] ?? `${formatLevel(halves / 2)} levels`;
}

/** Names a few items and counts the rest: "a, b, c and 2 more". */
export function listSome(words: readonly string[], most = 3): string {
  if (words.length <= most) return joinWords(words);
  return `${words.slice(0, most).join(", ")} and ${words.length - most} more`;
}

/** "is" or "are" to agree with a list of names. */
export function isAre(words: readonly unknown[]): string {
  return words.length === 1 ? "is" : "are";
}

/** Upper-cases the first letter of a sentence. */
export function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
