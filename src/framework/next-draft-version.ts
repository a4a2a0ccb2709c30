/**
 * The version a new draft takes after `published`: the next minor version no stored version has
 * taken yet (1.2.0 -> 1.3.0, or 1.4.0 when 1.3.0 exists).
 *
 * @example nextDraftVersion("1.2.0", ["1.2.0", "1.3.0"]) // "1.4.0"
 */
export function nextDraftVersion(published: string, taken: readonly string[]): string {
  const [major = 1, minor = 0] = published
    .split(/[.-]/)
    .slice(0, 2)
    .map((part) => Number.parseInt(part, 10) || 0);
  const used = new Set(taken);
  let next = minor + 1;
  while (used.has(`${major}.${next}.0`)) next += 1;
  return `${major}.${next}.0`;
}
