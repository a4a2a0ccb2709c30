/** How an id of the earlier version continues in the later one. */
export interface Rename {
  from: string;
  to: string;
}

/** Something with an id and a human name (a competency's name, a role's title). */
interface Named {
  id: string;
  name: string;
}

/**
 * Pairs ids that disappeared with ids that appeared: through the migration mapping when the later
 * version has one, otherwise by an unchanged name under a new id.
 */
export function matchRenames(
  before: readonly Named[],
  after: readonly Named[],
  mapping: Record<string, string | string[] | null> | undefined,
): Rename[] {
  const afterIds = new Set(after.map((item) => item.id));
  const beforeIds = new Set(before.map((item) => item.id));
  const gone = before.filter((item) => !afterIds.has(item.id));
  const arrived = after.filter((item) => !beforeIds.has(item.id));
  if (mapping) {
    return gone.flatMap((item) => {
      const target = mapping[item.id];
      const targets = typeof target === "string" ? [target] : Array.isArray(target) ? target : [];
      return targets.filter((id) => afterIds.has(id)).map((to) => ({ from: item.id, to }));
    });
  }
  const byName = new Map(arrived.map((item) => [item.name.trim().toLowerCase(), item.id]));
  return gone.flatMap((item) => {
    const to = byName.get(item.name.trim().toLowerCase());
    return to === undefined ? [] : [{ from: item.id, to }];
  });
}
