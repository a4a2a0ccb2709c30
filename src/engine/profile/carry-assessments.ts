import { lineageMappings } from "../migration/lineage-mappings.ts";
import type { Assessment } from "../types.ts";
import type { FrameworkLineage } from "./framework-lineage.ts";
import { levelMappingBetween, migrateAssessment } from "./migrate-assessments.ts";

/** Assessments as the published framework reads them, and what happened to the rest. */
export interface CarriedAssessments<T extends Assessment = Assessment> {
  /** Assessments of the lineage, each carried onto the published version. */
  assessments: T[];
  /** How many assessments were made against a version outside the lineage and never count. */
  outsideLineage: number;
  /** How many assessments were made against an earlier version and carried forward. */
  carriedForward: number;
  /** The earlier versions carried assessments were made against, oldest first. */
  carriedFrom: string[];
  /** How many carried assessments lost their ratings: another scale and no level mapping. */
  leftOutForScale: number;
  /** Notes for every judgement call of the migration, in order. */
  notes: string[];
}

/**
 * Reads assessments against a published framework: an assessment counts only when it was made
 * against a version of the framework's lineage, and is carried through every later version's
 * migration mapping (renamed, merged, split, retired; levels mapped when the scale changed, and
 * left out with a note when no level mapping says how). Anything else is left out: a framework
 * with another id starts with no history. An assessment without a framework id belongs to the
 * published framework's id.
 *
 * @example carryAssessments(lineage, stored).assessments // on lineage.steps[0]'s version only
 */
export function carryAssessments<T extends Assessment>(
  lineage: FrameworkLineage,
  assessments: readonly T[],
): CarriedAssessments<T> {
  const { steps } = lineage;
  const published = steps[0]?.framework;
  const position = new Map(
    steps.map((step, index) => [`${step.framework.id}@${step.framework.version}`, index]),
  );
  const notes: string[] = [];
  const carried: T[] = [];
  let outsideLineage = 0;
  let carriedForward = 0;
  let leftOutForScale = 0;
  const carriedFrom = new Set<number>();
  // Per lineage step: the published competencies nothing of that version continues as.
  const newSince = new Map<number, string[]>();
  const notOfferedAt = (at: number): string[] => {
    const known = newSince.get(at);
    if (known) return known;
    const origin = (steps[at] as (typeof steps)[number]).framework;
    const mappings = lineageMappings(lineage, origin);
    const reached = new Set(origin.competencies.flatMap((c) => mappings.competency(c.id)));
    const fresh = (published?.competencies ?? [])
      .map((competency) => competency.id)
      .filter((id) => !reached.has(id));
    newSince.set(at, fresh);
    return fresh;
  };
  for (const assessment of assessments) {
    const frameworkId = assessment.frameworkId ?? published?.id;
    const at = position.get(`${frameworkId}@${assessment.frameworkVersion}`);
    if (at === undefined || published === undefined) {
      outsideLineage += 1;
      continue;
    }
    if (at === 0) {
      carried.push(assessment);
      continue;
    }
    let current: Assessment = assessment;
    for (let index = at; index > 0; index -= 1) {
      const previous = (steps[index] as (typeof steps)[number]).framework;
      const next = (steps[index - 1] as (typeof steps)[number]).framework;
      const { map, missing } = levelMappingBetween(previous, next);
      if (missing !== null) {
        notes.push(
          `Assessment ${assessment.id} was left out: ${missing}, so its ratings cannot be read on the new scale.`,
        );
        if (current.ratings.length > 0) leftOutForScale += 1;
        current = { ...current, ratings: [] };
      }
      current = migrateAssessment(next, current, notes, map);
    }
    carriedForward += 1;
    carriedFrom.add(at);
    const notOffered = notOfferedAt(at);
    if (notOffered.length > 0) current = { ...current, notOffered };
    // Migration keeps every other field of the assessment as it was.
    carried.push(current as T);
  }
  const versions = [...carriedFrom]
    .sort((a, b) => b - a)
    .map((at) => (steps[at] as (typeof steps)[number]).framework.version);
  return {
    assessments: carried,
    outsideLineage,
    carriedForward,
    carriedFrom: versions,
    leftOutForScale,
    notes,
  };
}
