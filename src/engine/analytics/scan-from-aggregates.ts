import type { Framework } from "../../framework/schema.ts";
import { frameworkIndex } from "../framework-index.ts";
import type { Person } from "../types.ts";
import type { OrgScan } from "./org-scan.ts";
import type { LeniencyPart } from "./person-aggregate.ts";
import { scratchInt32 } from "./scratch-arrays.ts";

/**
 * Everyone's maintained levels packed as storage read them: `people × competencies` in
 * framework order, NaN when unknown, and the self-vs-manager agreement counts summed.
 */
export interface PackedLevels {
  values: Float64Array;
  compared: number;
  aligned: number;
}

/**
 * The scan org analytics reads, filled from maintained aggregates instead of the assessments:
 * `people` in the order the answer lists them, their levels packed in the same order, and each rater's leniency already summed over
 * those people.
 *
 * @example analyticsOfScan(framework, scanFromAggregates(framework, people, packed, leniency), settings)
 */
export function scanFromAggregates(
  framework: Framework,
  people: readonly Person[],
  packed: PackedLevels,
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
  const levels = packed.values;
  const agreement = { compared: packed.compared, aligned: packed.aligned };
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
