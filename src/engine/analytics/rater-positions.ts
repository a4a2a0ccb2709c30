const cacheSize = 256;

function slotOf(id: string): number {
  const n = id.length;
  if (n === 0) return 0;
  const hash = n * 31 + id.charCodeAt(n - 1) * 7 + (n > 1 ? id.charCodeAt(n - 2) * 131 : 0);
  return hash & (cacheSize - 1);
}

/**
 * Resolves rater ids to positions: people keep their position in the people list, raters from
 * outside it are appended to `raterIds` (and `onAdd` is told). A small cache keyed by the id's
 * last characters is checked before the map, because the same managers and team mates rate
 * many people in a row and a map lookup of a fresh id string is slow.
 */
export function createRaterPositions(
  personIndex: ReadonlyMap<string, number>,
  raterIds: string[],
  onAdd: () => void,
): (raterId: string, person: number, personId: string) => number {
  const outside = new Map<string, number>();
  const cachedIds: string[] = new Array<string>(cacheSize).fill("");
  const cachedPositions = new Int32Array(cacheSize);
  return function raterPosition(raterId, person, personId) {
    if (raterId === personId) return person;
    const slot = slotOf(raterId);
    if (cachedIds[slot] === raterId) return cachedPositions[slot] as number;
    let position = personIndex.get(raterId) ?? outside.get(raterId);
    if (position === undefined) {
      position = raterIds.length;
      outside.set(raterId, position);
      raterIds.push(raterId);
      onAdd();
    }
    cachedIds[slot] = raterId;
    cachedPositions[slot] = position;
    return position;
  };
}
