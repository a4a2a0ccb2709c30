type Mapping = Record<string, string | string[] | null>;

/**
 * A migration mapping without `id` as a target, for an item removed from the draft: an earlier
 * id that led only to it now leads nowhere (its people are asked about at publish) and a split
 * keeps its other parts. Nothing new is recorded, so a removal never reads as a rename.
 *
 * @example forgetMappingTarget({ "group-pm": "lead", old: ["lead", "coach"] }, "lead")
 * // { old: ["coach"] }
 */
export function forgetMappingTarget<T extends Mapping>(mapping: T, id: string): T {
  const next: Mapping = {};
  for (const [from, target] of Object.entries(mapping)) {
    if (target === id) continue;
    if (Array.isArray(target)) {
      const rest = target.filter((part) => part !== id);
      if (rest.length > 0) next[from] = rest;
    } else {
      next[from] = target;
    }
  }
  return next as T;
}
