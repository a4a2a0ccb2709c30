/** A level descriptor as authored: one sentence, or a list of observable criteria. */
export type LevelDescriptor = string | string[];

/**
 * A descriptor's criteria as a list: a sentence is a list of one.
 *
 * @example descriptorCriteria(["Writes specs", "Runs reviews"]) // ["Writes specs", "Runs reviews"]
 */
export function descriptorCriteria(descriptor: LevelDescriptor | undefined): string[] {
  if (descriptor === undefined) return [];
  return typeof descriptor === "string" ? [descriptor] : descriptor;
}

/**
 * A descriptor as one line of text, criteria joined with "; ", for places with room for one line.
 *
 * @example descriptorText(["Writes specs", "Runs reviews"]) // "Writes specs; Runs reviews"
 */
export function descriptorText(descriptor: LevelDescriptor | undefined): string {
  return descriptorCriteria(descriptor).join("; ");
}
