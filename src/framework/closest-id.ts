/** Edit distance between two strings (insertions, deletions and substitutions each cost 1). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known ids closest to `wanted`, nearest first, so a hint can suggest what was meant.
 *
 * @example closestIds("strategy-visoin", ["strategy-vision", "execution"]) // ["strategy-vision", "execution"]
 */
export function closestIds(wanted: string, known: readonly string[], limit = 3): string[] {
  return [...new Set(known)]
    .map((id) => ({
      id,
      score: id.includes(wanted) || wanted.includes(id) ? 0 : editDistance(wanted, id),
    }))
    .sort((x, y) => x.score - y.score || x.id.localeCompare(y.id))
    .slice(0, limit)
    .map((entry) => entry.id);
}

/**
 * A hint naming the closest known ids, asking about a likely typo first.
 *
 * @example closestIdsHint("competency", "stratgy", ["strategy", "execution"]) // 'Did you mean "strategy"? Use the id of a declared competency; the closest known: strategy, execution.'
 */
export function closestIdsHint(kind: string, wanted: string, known: readonly string[]): string {
  if (known.length === 0) return `Declare the ${kind} first, then refer to it by its id.`;
  const close = closestIds(wanted, known);
  const [nearest] = close;
  const typo =
    nearest !== undefined && wanted !== "" && editDistance(wanted, nearest) <= 2
      ? `Did you mean "${nearest}"? `
      : "";
  return `${typo}Use the id of a declared ${kind}; the closest known: ${close.join(", ")}.`;
}
