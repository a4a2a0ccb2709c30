/**
 * A copy of a list with one item changed.
 *
 * @example replaceAt(["a", "b"], 1, "c") // ["a", "c"]
 */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((current, at) => (at === index ? item : current));
}
