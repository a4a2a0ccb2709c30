import type { Framework } from "../../framework/schema.ts";
import { frameworkIndex } from "../framework-index.ts";
import type { Person } from "../types.ts";
import type { OrgScan } from "./org-scan.ts";
import type { LeniencyPart } from "./person-aggregate.ts";
import { scratchFloat64, scratchInt32 } from "./scratch-arrays.ts";

/**
 * A person's maintained levels (framework order; null, or 0, when unrated: scale levels start
 * at 1) and agreement counts, as storage keeps them.
 */
export interface StoredLevels {
  levels: readonly (number | null)[];
  compared: number;
  aligned: number;
}

/**
 * The scan org analytics reads, filled from maintained aggregates instead of the assessments:
 * `people` in the order the answer lists them, their levels and agreement counts in the same
 * order (null for a person without ratings), and each rater's leniency already summed over
 * those people.
 *
 * @example analyticsOfScan(framework, scanFromAggregates(framework, people, levels, leniency), settings)
 */
export function scanFromAggregates(
  framework: Framework,
  people: readonly Person[],
  rows: readonly (StoredLevels | null)[],
  leniency: readonly LeniencyPart[],
): OrgScan {
  const size = framework.competencies.length;
  const roles = frameworkIndex(framework).roles;
  const personIndex = new Map<string, number>();
  const roleOf = scratchInt32("role-of", people.length).fill(-1);
  for (let p = 0; p < people.length; p++) {
    const person = people[p] as Person;
    personIndex.set(person.id, p);
    if (person.roleId !== null) roleOf[p] = roles.get(person.roleId)?.position ?? -1;
  }
  const levels = scratchFloat64("levels", people.length * size).fill(Number.NaN);
  const agreement = { compared: 0, aligned: 0 };
  for (let p = 0; p < people.length && p < rows.length; p++) {
    const row = rows[p];
    if (row === null || row === undefined) continue;
    agreement.compared += row.compared;
    agreement.aligned += row.aligned;
    const stored = row.levels;
    for (let c = 0; c < size && c < stored.length; c++) {
      const level = stored[c] as number | null;
      if (level !== null && level > 0) levels[p * size + c] = level;
    }
  }
  const raterIds = people.map((person) => person.id);
  const leniencySum = new Array<number>(people.length).fill(0);
  const leniencyCount = new Array<number>(people.length).fill(0);
  const outside = new Map<string, number>();
  for (const part of leniency) {
    let r = personIndex.get(part.raterId) ?? outside.get(part.raterId);
    if (r === undefined) {
      r = raterIds.length;
      outside.set(part.raterId, r);
      raterIds.push(part.raterId);
      leniencySum.push(0);
      leniencyCount.push(0);
    }
    leniencySum[r] = (leniencySum[r] as number) + part.sum;
    leniencyCount[r] = (leniencyCount[r] as number) + part.compared;
  }
  return {
    people,
    personIndex,
    size,
    roleOf,
    raterIds,
    levels,
    agreement,
    leniencySum,
    leniencyCount,
  };
}
