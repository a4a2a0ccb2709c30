import type { Framework } from "../../framework/schema.ts";
import { frameworkIndex } from "../framework-index.ts";
import type { EngineOptions } from "../options.ts";
import type { Assessment, Evidence, Person } from "../types.ts";
import { type FoldTarget, foldRatings } from "./fold-ratings.ts";
import { createRaterPositions } from "./rater-positions.ts";
import { readRatingTable } from "./rating-table.ts";
import { scratchFloat64, scratchInt32 } from "./scratch-arrays.ts";

/** Everything org analytics needs from one read of the assessments, in flat typed arrays. */
export interface OrgScan extends FoldTarget {
  people: readonly Person[];
  personIndex: Map<string, number>;
  /** Competencies per person, in framework order; levels are indexed person * size + competency. */
  size: number;
  /** Position of each person's current role in the framework, or -1. */
  roleOf: Int32Array;
  /** Rater ids: the people first (same positions), then raters from outside the list. */
  raterIds: string[];
}

function indexPeople(framework: Framework, people: readonly Person[]) {
  const roles = frameworkIndex(framework).roles;
  const personIndex = new Map<string, number>();
  const roleOf = scratchInt32("role-of", people.length).fill(-1);
  for (let p = 0; p < people.length; p++) {
    const person = people[p] as Person;
    personIndex.set(person.id, p);
    if (person.roleId !== null) roleOf[p] = roles.get(person.roleId)?.position ?? -1;
  }
  return { personIndex, roleOf };
}

/**
 * One pass over an organisation's assessments: each person's aggregated levels (weighted as
 * `aggregateProfile` does), self-vs-manager agreement and each rater's leniency.
 */
export function scanOrg(
  framework: Framework,
  people: readonly Person[],
  assessments: readonly Assessment[],
  evidence: readonly Evidence[],
  settings: Readonly<EngineOptions>,
): OrgScan {
  const size = framework.competencies.length;
  const { personIndex, roleOf } = indexPeople(framework, people);
  const { manager, self, peer } = settings.raterWeights;
  const weights = { kinds: [manager, self, peer] as const, evidenceBoost: settings.evidenceBoost };
  const raterIds = people.map((person) => person.id);
  const scan: OrgScan = {
    people,
    personIndex,
    size,
    roleOf,
    raterIds,
    levels: scratchFloat64("levels", people.length * size).fill(Number.NaN),
    agreement: { compared: 0, aligned: 0 },
    leniencySum: new Array<number>(people.length).fill(0),
    leniencyCount: new Array<number>(people.length).fill(0),
  };
  const raterPosition = createRaterPositions(personIndex, raterIds, () => {
    scan.leniencySum.push(0);
    scan.leniencyCount.push(0);
  });
  const table = readRatingTable({ framework, assessments, evidence, personIndex, raterPosition });
  for (let p = 0; p < people.length; p++) {
    if ((table.head[p] as number) >= 0) foldRatings(table, size, p, weights, scan);
  }
  return scan;
}
