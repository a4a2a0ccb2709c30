import type { RatingTable } from "./rating-table.ts";

/** Where a fold writes: levels per person, agreement counts and per-rater leniency sums. */
export interface FoldTarget {
  levels: Float64Array;
  agreement: { compared: number; aligned: number };
  leniencySum: number[];
  leniencyCount: number[];
}

/** Rater weights in kind order (manager, self, peer) and the evidence factor. */
export interface FoldWeights {
  kinds: readonly [number, number, number];
  evidenceBoost: number;
}

/**
 * Folds one person's rows into their aggregated level per competency, exactly as
 * `aggregateProfile` weighs them, and records self-vs-manager agreement and rater leniency.
 */
export function foldRatings(
  rows: RatingTable,
  size: number,
  person: number,
  weights: FoldWeights,
  target: FoldTarget,
): void {
  const { cells, backed, kind: kinds, rater: raters, next } = rows;
  const first = rows.head[person] as number;
  const boost = weights.evidenceBoost;
  const managerWeight = weights.kinds[0];
  const selfWeight = weights.kinds[1];
  const peerWeight = weights.kinds[2];
  const { levels, leniencySum, leniencyCount, agreement } = target;
  const out = person * size;
  // Scalars per rater kind (manager, self, peer): this loop runs once per person and competency.
  for (let c = 0; c < size; c++) {
    let managers = 0;
    let selves = 0;
    let peers = 0;
    let managerSum = 0;
    let selfSum = 0;
    let peerSum = 0;
    let managerWeighted = 0;
    let selfWeighted = 0;
    let peerWeighted = 0;
    let managerBoosted = 0;
    let selfBoosted = 0;
    let peerBoosted = 0;
    for (let row = first; row >= 0; row = next[row] as number) {
      const cell = row * size + c;
      const level = cells[cell] as number;
      if (Number.isNaN(level)) continue;
      const factor = backed[cell] === 1 ? boost : 1;
      const kind = kinds[row];
      if (kind === 0) {
        managers += 1;
        managerSum += level;
        managerBoosted += factor;
        managerWeighted += factor * level;
      } else if (kind === 1) {
        selves += 1;
        selfSum += level;
        selfBoosted += factor;
        selfWeighted += factor * level;
      } else {
        peers += 1;
        peerSum += level;
        peerBoosted += factor;
        peerWeighted += factor * level;
      }
    }
    const ratersHere = managers + selves + peers;
    if (ratersHere === 0) continue;
    const total = managerSum + selfSum + peerSum;
    let weightTotal = 0;
    let weighted = 0;
    if (managers > 0) {
      weightTotal += (managerWeight / managers) * managerBoosted;
      weighted += (managerWeight / managers) * managerWeighted;
    }
    if (selves > 0) {
      weightTotal += (selfWeight / selves) * selfBoosted;
      weighted += (selfWeight / selves) * selfWeighted;
    }
    if (peers > 0) {
      weightTotal += (peerWeight / peers) * peerBoosted;
      weighted += (peerWeight / peers) * peerWeighted;
    }
    const mean = weightTotal > 0 ? weighted / weightTotal : total / ratersHere;
    levels[out + c] = Math.round(mean * 1e6) / 1e6;
    if (managers > 0 && selves > 0) {
      agreement.compared += 1;
      if (Math.abs(selfSum / selves - managerSum / managers) < 1) agreement.aligned += 1;
    }
    if (ratersHere < 2) continue;
    for (let row = first; row >= 0; row = next[row] as number) {
      const level = cells[row * size + c] as number;
      if (Number.isNaN(level)) continue;
      const who = raters[row] as number;
      const others = (total - level) / (ratersHere - 1);
      leniencySum[who] = (leniencySum[who] as number) + level - others;
      leniencyCount[who] = (leniencyCount[who] as number) + 1;
    }
  }
}
