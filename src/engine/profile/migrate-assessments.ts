import type { Framework } from "../../framework/schema.ts";
import { frameworkIndex } from "../framework-index.ts";
import type { Assessment, Rating } from "../types.ts";
import { formatLevel, joinWords } from "../words.ts";

/** Assessments carried over to a new framework version, with a note for every judgement call. */
export interface MigrationResult {
  assessments: Assessment[];
  notes: string[];
}

/** Where one old competency id goes: new ids, or null when it was retired. */
function targetsOf(framework: Framework, competency: string): string[] | null | undefined {
  const mapping = framework.migration?.competencies ?? {};
  if (Object.hasOwn(mapping, competency)) {
    const target = mapping[competency];
    if (target === null || target === undefined) return null;
    return typeof target === "string" ? [target] : target;
  }
  return frameworkIndex(framework).competencyPosition.has(competency) ? [competency] : undefined;
}

function combine(competency: string, ratings: readonly Rating[]): Rating {
  if (ratings.length === 1) return { ...(ratings[0] as Rating), competency };
  const level = ratings.reduce((sum, rating) => sum + rating.level, 0) / ratings.length;
  const notes = ratings.flatMap((rating) => (rating.note ? [rating.note] : []));
  const evidence = [...new Set(ratings.flatMap((rating) => rating.evidence ?? []))];
  const merged: Rating = { competency, level };
  if (notes.length > 0) merged.note = notes.join(" / ");
  if (evidence.length > 0) merged.evidence = evidence;
  return merged;
}

/** How a rating's level moves into a new scale: the new level, or null when it cannot. */
export type LevelMapping = (level: number) => number | null;

/** Whether two frameworks rate on the same levels (labels may differ). */
export function sameScale(a: Framework, b: Framework): boolean {
  const levels = (framework: Framework) =>
    framework.scale
      .map((step) => step.level)
      .sort((x, y) => x - y)
      .join(",");
  return levels(a) === levels(b);
}

function scaleWords(framework: Framework): string {
  const levels = framework.scale.map((step) => step.level);
  return `${Math.min(...levels)}–${Math.max(...levels)}`;
}

/**
 * How levels rated against `previous` read on `next`'s scale: unchanged on the same scale, through
 * `next.migration.levels` when the scale changed, and not at all (null, with the reason) without.
 */
export function levelMappingBetween(
  previous: Framework,
  next: Framework,
): { map: LevelMapping; missing: string | null } {
  if (sameScale(previous, next)) return { map: (level) => level, missing: null };
  const mapping = next.migration?.levels;
  const known = new Set(next.scale.map((step) => step.level));
  if (mapping === undefined) {
    return {
      map: () => null,
      missing: `it was rated on a ${scaleWords(previous)} scale and ${next.version} uses ${scaleWords(next)} without a level mapping`,
    };
  }
  return {
    map: (level) => {
      const target = mapping[String(level)];
      return target !== undefined && known.has(target) ? target : null;
    },
    missing: null,
  };
}

/**
 * Carries one assessment into `framework` with its migration mapping (an identity mapping when it
 * has none): renamed competencies move, merged ones take the mean, split ones copy, retired or
 * unknown ones are dropped; levels go through `levelOf` when the scale changed. Notes explain.
 */
export function migrateAssessment(
  framework: Framework,
  assessment: Assessment,
  notes: string[],
  levelOf: LevelMapping = (level) => level,
): Assessment {
  const version = framework.version;
  const buckets = new Map<string, Rating[]>();
  const sources = new Map<string, Set<string>>();
  for (const original of assessment.ratings) {
    const targets = targetsOf(framework, original.competency);
    const level = formatLevel(original.level);
    if (targets === null) {
      notes.push(
        `Assessment ${assessment.id}: ${original.competency} is retired in ${version}, so its rating (${level}) was dropped.`,
      );
      continue;
    }
    if (targets === undefined) {
      notes.push(
        `Assessment ${assessment.id}: ${original.competency} is not in ${version} and the mapping does not mention it, so its rating (${level}) was dropped; add it to the migration to keep it.`,
      );
      continue;
    }
    const mapped = levelOf(original.level);
    if (mapped === null) {
      notes.push(
        `Assessment ${assessment.id}: the level mapping of ${version} does not say where level ${level} goes, so the rating of ${original.competency} was dropped.`,
      );
      continue;
    }
    const rating = mapped === original.level ? original : { ...original, level: mapped };
    if (targets.length > 1) {
      notes.push(
        `Assessment ${assessment.id}: ${rating.competency} was split into ${joinWords(targets)}; each carries its rating (${formatLevel(mapped)}).`,
      );
    }
    for (const target of targets) {
      if (!frameworkIndex(framework).competencyPosition.has(target)) {
        notes.push(
          `Assessment ${assessment.id}: the mapping sends ${rating.competency} to ${target}, which ${version} does not define, so that rating was dropped.`,
        );
        continue;
      }
      buckets.set(target, [...(buckets.get(target) ?? []), rating]);
      sources.set(target, (sources.get(target) ?? new Set()).add(rating.competency));
    }
  }
  const ratings: Rating[] = [];
  for (const competency of framework.competencies) {
    const bucket = buckets.get(competency.id);
    if (bucket === undefined) continue;
    const rating = combine(competency.id, bucket);
    const from = [...(sources.get(competency.id) ?? [])];
    if (from.length > 1) {
      notes.push(
        `Assessment ${assessment.id}: ${joinWords(from)} were merged into ${competency.id} at their mean (${formatLevel(rating.level)}).`,
      );
    }
    ratings.push(rating);
  }
  return { ...assessment, frameworkId: framework.id, frameworkVersion: version, ratings };
}

/**
 * Carries assessments over to a new framework version using its migration mapping: renamed
 * competencies move, merged ones take the mean, split ones copy the rating to each part, retired
 * ones are dropped with a note. Assessments already on the new version pass through unchanged.
 *
 * @example migrateAssessments(framework, history).notes
 * // ["Assessment a-7: market-research is retired in 2.0.0, so its rating (3) was dropped."]
 */
export function migrateAssessments(
  newFramework: Framework,
  assessments: readonly Assessment[],
): MigrationResult {
  const notes: string[] = [];
  const migration = newFramework.migration;
  const migrated = assessments.map((assessment) => {
    if (assessment.frameworkVersion === newFramework.version) return assessment;
    if (migration === undefined || assessment.frameworkVersion !== migration.fromVersion) {
      const covered = migration
        ? `it maps from ${migration.fromVersion} only`
        : "it has no migration mapping";
      notes.push(
        `Assessment ${assessment.id} is on version ${assessment.frameworkVersion}, which ${newFramework.version} cannot carry over (${covered}); it was left unchanged.`,
      );
      return assessment;
    }
    return migrateAssessment(newFramework, assessment, notes);
  });
  return { assessments: migrated, notes };
}
