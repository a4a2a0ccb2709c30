import type { CareerPath } from "../api/types.ts";

/**
 * Groups paths by the role they lead to, keeping the engine's order: targets by their best path
 * and, within a target, closest first.
 *
 * @example
 * for (const [target, [best, ...others]] of groupByTarget(paths)) show(target, best, others);
 */
export function groupByTarget(paths: readonly CareerPath[]): [string, CareerPath[]][] {
  const groups = new Map<string, CareerPath[]>();
  for (const path of paths) groups.set(path.target, [...(groups.get(path.target) ?? []), path]);
  return [...groups];
}
