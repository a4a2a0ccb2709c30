import { scaleLevels } from "./check-scale.ts";
import type { IssueDraft } from "./framework-issue.ts";
import type { Framework } from "./schema.ts";

/** Checks every competency describes each scale level, and keys levels and growth only on the scale. */
export function checkCompetencyLevels(framework: Framework): IssueDraft[] {
  const levels = scaleLevels(framework);
  const onScale = new Set(levels.map(String));
  const range = `${levels[0]} to ${levels.at(-1)}`;
  const drafts: IssueDraft[] = [];
  framework.competencies.forEach((competency, i) => {
    for (const field of ["levels", "growth"] as const) {
      for (const key of Object.keys(competency[field])) {
        if (onScale.has(key)) continue;
        drafts.push({
          code: "level-off-scale",
          message: `level ${key} is not on the scale, which runs from ${range}`,
          hint: `Number the entries under ${field} by the scale's levels: ${levels.join(", ")}.`,
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
        hint: `Add a descriptor under levels for level ${missing.join(", ")}: what this competency looks like there.`,
        path: ["competencies", i, "levels"],
      });
    }
  });
  return drafts;
}
