import type { IssueDraft } from "./framework-issue.ts";
import type { Framework } from "./schema.ts";

function levelsOf(framework: Framework): number[] {
  return framework.scale.map((step) => step.level).sort((a, b) => a - b);
}

/** Checks every level `migration.levels` maps to is on this framework's scale. */
export function checkLevelTargets(framework: Framework): IssueDraft[] {
  const known = new Set(levelsOf(framework));
  return Object.entries(framework.migration?.levels ?? {}).flatMap(([from, to]) =>
    known.has(to)
      ? []
      : [
          {
            code: "unknown-level",
            message: `the level mapping sends level ${from} to ${to}, which the scale does not have`,
            hint: `Map it to a level of the scale: ${[...known].join(", ")}.`,
            path: ["migration", "levels", from],
          },
        ],
  );
}

/**
 * Checks a version that continues `previous` can read its ratings: when the scale changed, its
 * `migration.levels` must say where every earlier level goes, or those ratings would be left out.
 *
 * @example checkLevelMapping(fivePoint, fourPoint)[0]?.code // "missing-level-mapping"
 */
export function checkLevelMapping(previous: Framework, next: Framework): IssueDraft[] {
  const before = levelsOf(previous);
  const after = levelsOf(next);
  if (before.join() === after.join()) return [];
  const mapping = next.migration?.levels;
  const scale = `${previous.version} rates on ${before[0]}–${before[before.length - 1]} and ${next.version} on ${after[0]}–${after[after.length - 1]}`;
  if (mapping === undefined) {
    return [
      {
        code: "missing-level-mapping",
        message: `the scale changed (${scale}) and no level mapping says how earlier ratings read`,
        hint: `Under migration, add "levels:" with a line per earlier level giving its new level, e.g. "1": 1 and "${before[before.length - 1]}": ${after[after.length - 1]}; without it earlier ratings are left out.`,
        path: ["migration", "levels"],
      },
    ];
  }
  const missing = before.filter((level) => mapping[String(level)] === undefined);
  return missing.length === 0
    ? []
    : [
        {
          code: "missing-level-mapping",
          message: `the level mapping does not say where level${missing.length === 1 ? "" : "s"} ${missing.join(", ")} of ${previous.version} go (${scale})`,
          hint: "Map every earlier level to a level of the new scale.",
          path: ["migration", "levels"],
        },
      ];
}
