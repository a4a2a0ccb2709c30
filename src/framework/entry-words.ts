/** What one entry of each list of the format is called in a sentence. */
const entryNouns: Record<string, string> = {
  scale: "scale level",
  competencies: "competency",
  tracks: "track",
  roles: "role",
  transitions: "transition",
  entryRoutes: "entry route",
  guidance: "guidance note",
  skillsToDevelop: "skill",
  enterAt: "entry role",
  all: "condition",
  any: "condition",
  aliases: "alias",
  mandatory: "mandatory competency",
  comparableTo: "comparable role",
  whatChanges: "item",
  responsibilities: "responsibility",
  success: "item",
  contextNotes: "note",
  carriesOver: "item",
};

/** Counts in words: 1st, 2nd, 3rd, 11th, 22nd. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

/** What one entry of a list of the format is called, e.g. `role` for `roles`. */
export function entryNoun(list: string): string {
  return entryNouns[list] ?? "entry";
}

/**
 * Writes a document path the way an author reads it, counting entries from 1, e.g.
 * `role 3 › expectations › strategy` for `["roles", 2, "expectations", "strategy"]`.
 *
 * @example pathInWords(["transitions", 0, "to"]) // "transition 1 › to"
 */
export function pathInWords(path: readonly (string | number)[]): string {
  const words: string[] = [];
  path.forEach((segment, index) => {
    if (typeof segment === "number") {
      const list = path[index - 1];
      const noun = typeof list === "string" ? entryNoun(list) : "entry";
      if (typeof list === "string") words.pop();
      words.push(`${noun} ${segment + 1}`);
    } else words.push(segment);
  });
  return words.join(" › ");
}

/** The field a path ends at, quoted, or the entry it ends at, e.g. `"title"` or `role 3`. */
export function fieldWords(path: readonly (string | number)[]): string {
  const last = path.at(-1);
  if (last === undefined) return "the file";
  if (typeof last === "number") return pathInWords(path.slice(-2));
  return `"${last}"`;
}
