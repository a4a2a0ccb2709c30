import { seededRandom } from "../../test/synthetic-org.ts";

/** A reporting tree: who manages whom, how deep each person sits, and a ~400-person director. */
export interface ScaleOrgShape {
  /** Manager index per person; -1 for the head of the organisation (person 0). */
  managerOf: Int32Array;
  depthOf: Int32Array;
  /** How many people report to each person, directly or through others. */
  below: Int32Array;
  /** The person whose organisation is closest to 400 people. */
  director: number;
  depth: number;
}

/**
 * A tree filled breadth first, each manager with 5 to 10 direct reports (depth ~6 at 100,000),
 * the same for the same size and seed.
 *
 * @example scaleOrgShape(10_000).director
 */
export function scaleOrgShape(count: number, seed = 12): ScaleOrgShape {
  const random = seededRandom(seed);
  const managerOf = new Int32Array(count).fill(-1);
  const depthOf = new Int32Array(count);
  let next = 1;
  for (let manager = 0; manager < count && next < count; manager++) {
    const span = 5 + Math.floor(random() * 6);
    for (let r = 0; r < span && next < count; r++, next++) {
      managerOf[next] = manager;
      depthOf[next] = (depthOf[manager] as number) + 1;
    }
  }
  const below = new Int32Array(count);
  // Children always come after their manager, so one backwards pass adds up every subtree.
  for (let p = count - 1; p > 0; p--) {
    const m = managerOf[p] as number;
    below[m] = (below[m] as number) + (below[p] as number) + 1;
  }
  let director = 0;
  for (let p = 0; p < count; p++) {
    if (Math.abs((below[p] as number) - 400) < Math.abs((below[director] as number) - 400)) {
      director = p;
    }
  }
  return { managerOf, depthOf, below, director, depth: Math.max(...depthOf) };
}
