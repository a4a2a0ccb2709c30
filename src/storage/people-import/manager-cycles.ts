/**
 * Finds the loops in a reporting graph (person key -> manager key): every key that sits on a
 * loop, with the loop it is on, starting from itself.
 *
 * @example managerCycles(new Map([["a", "b"], ["b", "a"]])).get("a") // ["a", "b"]
 */
export function managerCycles(
  managerOf: ReadonlyMap<string, string | null>,
): Map<string, string[]> {
  const loops = new Map<string, string[]>();
  const done = new Set<string>();
  for (const start of managerOf.keys()) {
    if (done.has(start)) continue;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let at: string | null | undefined = start;
    while (at != null && !done.has(at)) {
      const seen = onPath.get(at);
      if (seen !== undefined) {
        const loop = path.slice(seen);
        for (let index = 0; index < loop.length; index++) {
          loops.set(loop[index] as string, [...loop.slice(index), ...loop.slice(0, index)]);
        }
        break;
      }
      onPath.set(at, path.length);
      path.push(at);
      at = managerOf.get(at);
    }
    for (const key of path) done.add(key);
  }
  return loops;
}
