import { checkCompetencyLevels } from "./check-competency-levels.ts";
import { checkDuplicates } from "./check-duplicates.ts";
import { checkExpectations } from "./check-expectations.ts";
import { checkLevelTargets } from "./check-level-mapping.ts";
import { checkReachability } from "./check-reachability.ts";
import { checkReferences } from "./check-references.ts";
import { checkRoleTitles } from "./check-role-titles.ts";
import { checkScale } from "./check-scale.ts";
import { checkTracks } from "./check-tracks.ts";
import { checkTransitions } from "./check-transitions.ts";
import type { IssueDraft } from "./framework-issue.ts";
import { frameworkWarnings } from "./framework-warnings.ts";
import type { Framework } from "./schema.ts";

/**
 * Runs every rule the schema alone cannot express (references, levels, ranks, reachability), so a
 * framework that passes is safe for the engine to use.
 *
 * @example checkFramework(framework).errors // [] when the framework is sound
 */
export function checkFramework(framework: Framework): {
  errors: IssueDraft[];
  warnings: IssueDraft[];
} {
  const errors = [
    ...checkDuplicates(framework),
    ...checkRoleTitles(framework),
    ...checkScale(framework),
    ...checkLevelTargets(framework),
    ...checkCompetencyLevels(framework),
    ...checkTracks(framework),
    ...checkReferences(framework),
    ...checkExpectations(framework),
    ...checkTransitions(framework),
    ...checkReachability(framework),
  ];
  if (framework.spanOfControl && framework.spanOfControl.max < framework.spanOfControl.min) {
    errors.push({
      code: "out-of-range",
      message: "spanOfControl has a max below its min",
      hint: "Set max to at least min, or swap the two.",
      path: ["spanOfControl", "max"],
    });
  }
  return { errors, warnings: frameworkWarnings(framework) };
}
