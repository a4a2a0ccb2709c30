import { scaleLevels } from "./check-scale.ts";
import type { IssueDraft } from "./framework-issue.ts";
import type { Framework } from "./schema.ts";

/** Checks every competency describes each scale level, and keys levels and growth only on the scale. */
export function checkCompetencyLevels(framework: Framework): IssueDraft[] {
  const levels = scaleLevels(framework);
  const onScale = new Set(levels.map(String));
  const range = `${levels[0]}..${levels.at(-1)}`;
  const drafts: IssueDraft[] = [];
  framework.competencies.forEach((competency, i) => {
    for (const field of ["levels", "growth"] as const) {
      for (const key of Object.keys(competency[field])) {
        if (onScale.has(key)) continue;
        drafts.push({
          code: "level-off-scale",
          message: `level ${key} is not on the scale (${range})`,
          hint: `Key ${field} by the scale's levels: ${levels.join(", ")}.`,
          path: ["competencies", i, field, key],
          at: "key",
        });
      }
    }
    const missing = levels.filter((level) => competency.levels[String(level)] === undefined);
    if (missing.length > 0) {
      drafts.push({
        code: "missing-level",
        message: `competency "${competency.id}" has no descriptor for level ${missing.join(", ")}`,
        hint: "Describe what this competency looks like at every level of the scale.",
        path: ["competencies", i, "levels"],
      });
    }
  });
  return drafts;
}
