/**
 * An id no item of a list has yet: the prefix and the first free number.
 *
 * @example freshId("note", ["note-1", "note-3"]) // "note-2"
 */
export function freshId(prefix: string, taken: readonly string[]): string {
  const used = new Set(taken);
  let number = 1;
  while (used.has(`${prefix}-${number}`)) number += 1;
  return `${prefix}-${number}`;
}
